import Foundation
import Testing

/// `--lang` beats the locale; an unknown one is a usage error that changes nothing.
@Suite("The --lang option")
struct LanguageOptionTests {
    @Test("--lang fr is refused with exit 64, naming the languages; the locale alone never fails")
    func unknownLanguage() throws {
        let db = try CLI.sampleDB()
        let r = try CLI.run(["project", "list", "--db", db, "--lang", "fr"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--lang: \"fr\" is not a language BorderTrack speaks; expected one of en, ru, zh"))
        #expect(r.stdout.isEmpty)
        // A locale the tool does not speak is English, not an error.
        let de = try CLI.run(["project", "list", "--db", db], env: ["LC_ALL": "de_DE.UTF-8"])
        #expect(de.status == 0)
    }
}
