import CLibXML2

/// The body of an HTML document as `ArticleBodyReader` reads it: elements (lowercase names,
/// attributes with decoded values), text (decoded) and other nodes, in arrays that point at
/// each other by index. Made from libxml2's parse of any HTML (`init(body:)`), or, for the
/// HTML the Markdown renderer writes, built from the renderer's calls (`HTMLTree+Markdown.swift`)
/// with the tree libxml2 would build, without libxml2.
struct HTMLTree: Equatable {
    enum Kind: UInt8 {
        case element, text
        /// Comments, CDATA, processing instructions: nothing of them is written.
        case other
    }

    struct Node: Equatable {
        var kind: Kind
        /// Element name; empty for other kinds.
        var name: String = ""
        var firstChild: Int32 = -1
        var next: Int32 = -1
        /// Text content in `bytes` (text nodes).
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// The element's attributes in `attributes`.
        var attributesStart: Int32 = 0
        var attributesEnd: Int32 = 0
        /// libxml2's line of the element (0 when unknown, and for trees read without libxml2).
        var line: Int32 = 0
    }

    struct Attribute: Equatable {
        var name: String
        var valueStart: Int32
        var valueEnd: Int32
    }

    private(set) var nodes: [Node] = []
    private(set) var attributes: [Attribute] = []
    private(set) var bytes: [UInt8] = []

    /// The `body` element: node 0 (the tree holds the body only).
    static let body = 0

    /// A tree holding an empty `body`, with room for about `byteCount` bytes of text.
    init(reserving byteCount: Int = 4096) {
        nodes.reserveCapacity(max(16, byteCount / 16))
        bytes.reserveCapacity(byteCount)
        nodes.append(Node(kind: .element, name: "body"))
    }

    // MARK: Reading

    func children(of node: Int) -> Children { Children(tree: self, cursor: nodes[node].firstChild) }

    /// The children of a node, by index.
    struct Children: Sequence, IteratorProtocol {
        let tree: HTMLTree
        var cursor: Int32
        mutating func next() -> Int? {
            guard cursor >= 0 else { return nil }
            let current = Int(cursor)
            cursor = tree.nodes[current].next
            return current
        }
    }

    func text(of node: Int) -> ArraySlice<UInt8> { bytes[Int(nodes[node].textStart)..<Int(nodes[node].textEnd)] }

    func value(of attribute: Attribute) -> String {
        String(decoding: bytes[Int(attribute.valueStart)..<Int(attribute.valueEnd)], as: UTF8.self)
    }

    /// The value of attribute `name` of an element (the first when repeated).
    func attribute(_ name: String, of node: Int) -> String? {
        for index in Int(nodes[node].attributesStart)..<Int(nodes[node].attributesEnd) where attributes[index].name == name {
            return value(of: attributes[index])
        }
        return nil
    }

    func attributes(of node: Int) -> ArraySlice<Attribute> {
        attributes[Int(nodes[node].attributesStart)..<Int(nodes[node].attributesEnd)]
    }

    // MARK: Building

    /// Appends a node as the next sibling of `previous`, or the first child of `parent` when `previous` is -1.
    mutating func append(_ node: Node, parent: Int, previous: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        if previous >= 0 {
            nodes[previous].next = Int32(index)
        } else if parent >= 0 {
            nodes[parent].firstChild = Int32(index)
        }
        return index
    }

    /// Stores text or an attribute value; returns its range in `bytes`.
    mutating func store<C: Collection>(_ content: C) -> (start: Int32, end: Int32) where C.Element == UInt8 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: content)
        return (start, Int32(bytes.count))
    }

    mutating func storeByte(_ byte: UInt8) { bytes.append(byte) }

    var byteCount: Int32 { Int32(bytes.count) }

    /// Extends the text of the last stored text node (its bytes must be the last stored).
    mutating func extendText(of node: Int) { nodes[node].textEnd = Int32(bytes.count) }

    mutating func appendAttribute(name: String, value: (start: Int32, end: Int32)) {
        attributes.append(Attribute(name: name, valueStart: value.start, valueEnd: value.end))
    }

    mutating func closeAttributes(of node: Int, from start: Int) {
        nodes[node].attributesStart = Int32(start)
        nodes[node].attributesEnd = Int32(attributes.count)
    }

    var attributeCount: Int { attributes.count }
}

extension HTMLTree {
    /// The tree under a libxml2 `body` element (the element itself is node 0).
    init(body: xmlNodePtr) {
        self.init()
        nodes[Self.body].line = Int32(clamping: DOM.line(of: body))
        // Iterative pre-order copy: (libxml2 node, tree index) of the parents being filled.
        var stack: [(source: xmlNodePtr, index: Int, previous: Int)] = [(body, 0, -1)]
        var child = body.pointee.children
        while true {
            guard let current = child else {
                // Back up to the parent's next sibling.
                let finished = stack.removeLast()
                guard !stack.isEmpty else { break }
                child = finished.source.pointee.next
                continue
            }
            let parent = stack[stack.count - 1]
            let index: Int
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                var node = Node(kind: .element, name: DOM.name(of: current))
                node.line = Int32(clamping: DOM.line(of: current))
                index = append(node, parent: parent.index, previous: parent.previous)
                let first = attributes.count
                var attribute = current.pointee.properties
                while let property = attribute {
                    if let name = property.pointee.name {
                        appendAttribute(name: String(cString: name), value: store(DOM.value(of: property).utf8))
                    }
                    attribute = property.pointee.next
                }
                closeAttributes(of: index, from: first)
            case XML_TEXT_NODE:
                var node = Node(kind: .text)
                if let content = current.pointee.content {
                    (node.textStart, node.textEnd) = store(UnsafeBufferPointer(start: content, count: strlen(content)))
                }
                index = append(node, parent: parent.index, previous: parent.previous)
            default:
                index = append(Node(kind: .other), parent: parent.index, previous: parent.previous)
            }
            stack[stack.count - 1].previous = index
            if current.pointee.type == XML_ELEMENT_NODE, let first = current.pointee.children {
                stack.append((current, index, -1))
                child = first
            } else {
                child = current.pointee.next
            }
        }
    }
}
