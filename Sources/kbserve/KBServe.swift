import ArgumentParser

/// `kbserve`: the help center server and its command-line tools.
@main
struct KBServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kbserve",
        abstract: "The Patient Fusion help center: server, search, diagnosis and content tools.",
        subcommands: [
            ServeCommand.self, SearchCommand.self, DiagnoseCommand.self, CheckCommand.self, RenderCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )
}
