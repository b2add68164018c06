// The kinds of node in a parsed document.
enum NodeKind: UInt8, Sendable {
    // Blocks
    case document, blockQuote, callout, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableHead, tableRow, tableCell
    // Inlines
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image

    // Leaf blocks whose content is parsed as inlines.
    var hasInlineContent: Bool { self == .paragraph || self == .heading || self == .tableCell }
}
