/// A line of an evaluation file that could not be read.
public struct EvaluationFileError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String
    public var description: String { "\(path):\(line): not an evaluation case (\(reason))" }
}
