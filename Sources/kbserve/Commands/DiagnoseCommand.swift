import ArgumentParser
import Diagnoser
import Foundation
import KnowledgeBase

/// `kbserve diagnose`: from a pasted error message and typed values to the likely cause,
/// readable for an agent or as the contract's JSON; `--batch` reads one JSON request per line.
struct DiagnoseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Find the likely cause of a portal error from the message and the values typed.",
        discussion: """
            Values are examined in memory only; they are never printed back.
              kbserve diagnose --message "Invalid security code" --value securityCode=123456
              kbserve diagnose --message "Invalid PIN" --context invitationsSent=2 --json
              kbserve diagnose --batch requests.jsonl    (one JSON request per line -> one JSON response per line)
            Value keys: \(DiagnosisRequest.valueKeys.joined(separator: ", ")).
            Context keys: \(DiagnosisContext.keys.joined(separator: ", ")).
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "The error message as seen or pasted (may be a whole e-mail).")
    var message: String?

    @Option(name: .customLong("value"), help: ArgumentHelp("A value the person typed, as key=value. Repeatable.", valueName: "key=value"))
    var values: [String] = []

    @Option(name: .customLong("context"), help: ArgumentHelp("Context as key=value (flow, codesRequested, …). Repeatable.", valueName: "key=value"))
    var contexts: [String] = []

    @Flag(name: .long, help: "Print the contract's JSON instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("A file of JSON requests, one per line ('-' for standard input).", valueName: "file"))
    var batch: String?

    func validate() throws {
        if let batch {
            guard message == nil, values.isEmpty, contexts.isEmpty else {
                throw ValidationError("--batch reads its requests from the file; leave out --message, --value and --context.")
            }
            guard batch == "-" || FileManager.default.isReadableFile(atPath: batch) else {
                throw ValidationError("The batch file '\(batch)' does not exist or cannot be read.")
            }
            return
        }
        guard message != nil || !values.isEmpty || !contexts.isEmpty else {
            throw ValidationError("Nothing to diagnose: give --message, --value key=value or --context key=value (or --batch FILE).")
        }
        _ = try Self.request(message: message, values: values, contexts: contexts)
    }

    /// Builds the request from the command line, rejecting malformed pairs, unknown keys and
    /// counts that are not whole numbers of 0 or more.
    static func request(message: String?, values: [String], contexts: [String]) throws -> DiagnosisRequest {
        var request = DiagnosisRequest(message: message)
        for pair in values {
            let (key, value) = try split(pair, option: "--value")
            guard let field = DiagnosisRequest.ValueField(key: key) else {
                throw ValidationError("Unknown value key '\(key)' in --value. Known keys: \(DiagnosisRequest.valueKeys.joined(separator: ", ")).")
            }
            request[value: field] = value
        }
        for pair in contexts {
            let (key, value) = try split(pair, option: "--context")
            guard let field = DiagnosisContext.Field(key: key) else {
                throw ValidationError("Unknown context key '\(key)' in --context. Known keys: \(DiagnosisContext.keys.joined(separator: ", ")).")
            }
            do {
                // The command line also refuses a negative count (the API reads one as sent).
                guard !field.isCount || !value.contains("-") else { throw DiagnosisContext.FieldError(field: field) }
                try request.context.set(field, text: value)
            } catch {
                throw ValidationError("--context \(error)")
            }
        }
        return request
    }

    /// "key=value" -> (key, value); the value may itself contain "=". Never echoes the value.
    static func split(_ pair: String, option: String) throws -> (String, String) {
        guard let equals = pair.firstIndex(of: "=") else {
            throw ValidationError("\(option) expects key=value; one argument has no '='.")
        }
        let key = pair[..<equals].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw ValidationError("\(option) expects key=value; one argument has no key before '='.") }
        return (key, String(pair[pair.index(after: equals)...]))
    }

    func run() async throws {
        let diagnoser = try options.loadDiagnoser()
        if let batch {
            try runBatch(file: batch, diagnoser: diagnoser)
            return
        }
        print(try output(with: diagnoser))
    }

    /// What one request prints: the contract's JSON or the agent's text, in the Diagnoser's language
    /// (`--lang es`: Spanish words and `/es/articles/…` links).
    func output(with diagnoser: Diagnoser) throws -> String {
        let diagnosis = diagnoser.diagnose(try Self.request(message: message, values: values, contexts: contexts))
        return json ? String(decoding: try Self.encoder.encode(diagnosis), as: UTF8.self) : diagnosis.plainText
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// One JSON response per non-empty input line, in order. A line that is not a request gets a
    /// response with a note, so responses stay aligned with requests.
    private func runBatch(file: String, diagnoser: Diagnoser) throws {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let bytes = Data(line)
            guard bytes.contains(where: { !TextNormalizerBytes.isSpace($0) }) else { continue }
            let diagnosis: Diagnosis
            do {
                diagnosis = diagnoser.diagnose(try Self.decodeRequest(bytes))
            } catch {
                let note = FactSentences.of(diagnoser.language).sentence("note.badLine", ["line": String(index + 1)])
                diagnosis = Diagnosis(notes: [note], language: diagnoser.language)
            }
            print(String(decoding: try Self.encoder.encode(diagnosis), as: UTF8.self))
        }
    }

    /// A request line; invalid UTF-8 is repaired, and an evaluation line's `request` is used.
    static func decodeRequest(_ line: Data) throws -> DiagnosisRequest {
        var data = line
        if String(data: data, encoding: .utf8) == nil { data = Data(String(decoding: data, as: UTF8.self).utf8) }
        let request = try JSONDecoder().decode(DiagnosisRequest.self, from: data)
        // An evaluation line ({"request": {…}, "expect": {…}}) has no message, values or context of its own.
        if request.ignoredKeys.contains("request"), request.message == nil, request.values.isEmpty, request.context.isEmpty,
            let evaluationLine = try? JSONDecoder().decode(EvaluationLine.self, from: data)
        {
            return evaluationLine.request
        }
        return request
    }

    /// A line of an evaluation file: the request, next to what it should get.
    private struct EvaluationLine: Decodable {
        var request: DiagnosisRequest
    }
}

private enum TextNormalizerBytes {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 || byte == 10 }
}
