// Runs phase two over the whole tree: help-content block transforms (callouts, task items,
// custom heading ids), inline parsing of every leaf, extended autolinks, heading anchors.
struct InlineProcessor {
    let options: MarkdownOptions
    let references: ReferenceMap

    func process(_ document: inout Document) {
        var parser = InlineParser(options: options, references: references)
        swap(&parser.doc, &document)
        defer { swap(&parser.doc, &document) }
        if options.callouts || options.directives { Callout.transform(&parser.doc, options: options) }
        if options.taskLists { TaskList.mark(&parser.doc) }
        let count = parser.doc.nodes.count
        parser.doc.tracksContents = false
        for i in 0..<count {
            let kind = parser.doc.nodes[i].kind
            guard kind.hasInlineContent else { continue }
            guard parser.doc.nodes[i].parent >= 0 else {
                parser.doc.contents[i] = []
                continue
            }
            if kind == .heading && options.headingIDs { Slug.takeCustomID(&parser.doc, heading: i) }
            parser.parse(i)
        }
        if options.autolinks { ExtendedAutolink.apply(&parser.doc) }
        Slug.assignHeadings(&parser.doc, anchors: options.headingIDs)
        parser.doc.contents = []
    }
}
