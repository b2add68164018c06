import Foundation
import KnowledgeBase

/// A line chart drawn on the server as SVG (no script, no third-party code): one line per
/// series over the days, a labelled y axis from 0, the first and last day on the x axis.
/// It is an image with a `<title>` and `<desc>`; the table after it holds the same data.
struct LineChart: Sendable {
    struct Series: Sendable {
        var name: String
        /// One value per label.
        var values: [Double]
        /// A CSS class for the line's colour and dash (`series-1`, `series-2`).
        var style: String
    }

    var id: String
    var title: String
    var description: String
    var labels: [String]
    var series: [Series]
    /// Writes a value on the y axis ("12", "25%").
    var format: @Sendable (Double) -> String

    static let width = 640.0
    static let height = 240.0
    static let left = 56.0, right = 12.0, top = 12.0, bottom = 36.0

    var svg: String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let maximum = Self.niceMaximum(series.flatMap(\.values).max() ?? 0)
        func x(_ index: Int) -> Double { Self.left + (labels.count <= 1 ? plotWidth / 2 : plotWidth * Double(index) / Double(labels.count - 1)) }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - value / maximum) }
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">
            <title id="\(id)-title">\(HTMLText.escape(title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(description))</desc>

            """
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            let lineY = Self.number(y(value))
            svg += "<line class=\"grid\" x1=\"\(Self.number(Self.left))\" x2=\"\(Self.number(Self.width - Self.right))\" y1=\"\(lineY)\" y2=\"\(lineY)\"/>"
            svg += "<text class=\"axis\" x=\"\(Self.number(Self.left - 6))\" y=\"\(lineY)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escape(format(value)))</text>\n"
        }
        if let first = labels.first, let last = labels.last {
            let labelY = Self.number(Self.height - Self.bottom + 18)
            svg += "<text class=\"axis\" x=\"\(Self.number(Self.left))\" y=\"\(labelY)\" text-anchor=\"start\">\(HTMLText.escape(first))</text>"
            svg += "<text class=\"axis\" x=\"\(Self.number(Self.width - Self.right))\" y=\"\(labelY)\" text-anchor=\"end\">\(HTMLText.escape(last))</text>\n"
        }
        for line in series {
            let points = line.values.enumerated().map { "\(Self.number(x($0.offset))),\(Self.number(y($0.element)))" }.joined(separator: " ")
            svg += "<polyline class=\"line \(line.style)\" fill=\"none\" points=\"\(points)\"/>\n"
            if line.values.count == 1, let value = line.values.first {
                svg += "<circle class=\"line \(line.style)\" cx=\"\(Self.number(x(0)))\" cy=\"\(Self.number(y(value)))\" r=\"3\"/>\n"
            }
        }
        return svg + "</svg>"
    }

    /// A round top for the y axis: 1, 2, 2.5 or 5 times a power of ten, at least the largest value.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        return ([1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= value }) ?? value
    }

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}
