import BorderTrackCore
@testable import BorderTrackTUI
import Foundation
import Testing

/// The catalogues: every language has every key, with the same arguments; every key is used; the locale
/// picks the language.
@Suite struct CatalogueTests {
    /// The Swift sources outside the catalogues, read once.
    static let sources: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var text = ""
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", !url.lastPathComponent.hasPrefix("Catalogue+") || url.lastPathComponent == "Catalogue+Labels.swift"
            else { continue }
            text += (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            text += "\n"
        }
        return text
    }()

    /// The keys built from model values (`"status." + s.rawValue`): what the enums say must exist.
    static var derivedKeys: Set<String> {
        var k = Set<String>()
        for s in Status.allCases { k.insert("status.\(s.rawValue)"); k.insert("status.\(s.rawValue).phrase") }
        for s in Scope.allCases { k.insert("scope.\(s.rawValue)"); k.insert("status.operational.\(s.rawValue).phrase") }
        for x in ProjectKind.allCases { k.insert("kind.\(x.rawValue)"); k.insert("kind.\(x.rawValue).name") }
        for x in SourceTier.allCases { k.insert("tier.\(x.rawValue)") }
        for x in Perspective.allCases { k.insert("perspective.\(x.rawValue)") }
        for x in Severity.allCases { k.insert("severity.\(x.rawValue)") }
        for x in FlagState.allCases { k.insert("flag.\(x.rawValue)") }
        for x in Milestone.allCases { k.insert("milestone.\(x.rawValue)") }
        for x in DiscrepancyKind.allCases { k.insert("dkind.\(x.rawValue)") }
        for x in SourceGrade.allCases { k.insert("grade.\(x.rawValue)") }
        for x in Credibility.allCases { k.insert("credibility.\(x.rawValue)") }
        return k
    }

    /// `{0}`, `{1}`, `{n}` in a message.
    static func placeholders(_ s: String) -> Set<String> {
        var out = Set<String>(), rest = Substring(s)
        while let o = rest.firstIndex(of: "{"), let c = rest[o...].firstIndex(of: "}") {
            out.insert(String(rest[o...c])); rest = rest[rest.index(after: c)...]
        }
        return out
    }

    @Test func everyLanguageHasEveryKeyAndNoOther() {
        let english = Set(Catalogue.en.messages.keys)
        for c in Catalogue.all.dropFirst() {
            let keys = Set(c.messages.keys)
            #expect(english.subtracting(keys).sorted() == [], "missing from \(c.code)")
            #expect(keys.subtracting(english).sorted() == [], "in \(c.code) but not in English")
        }
    }

    @Test func translationsTakeTheSameArgumentsAndPluralForms() {
        for c in Catalogue.all.dropFirst() {
            for (key, en) in Catalogue.en.messages {
                guard let t = c.messages[key] else { continue }
                #expect(Self.placeholders(t) == Self.placeholders(en), "\(c.code) \(key): \(t)")
                if en.contains("{n}") {
                    let forms = t.split(separator: "|", omittingEmptySubsequences: false).count
                    let expected = switch c.plural { case .oneOther: 2; case .eastSlavic: 3; case .none: 1 }
                    #expect(forms == expected, "\(c.code) \(key) has \(forms) plural forms, expected \(expected)")
                }
                #expect(!t.isEmpty || en.isEmpty, "\(c.code) \(key) is empty")
            }
        }
    }

    @Test func everyKeyIsUsed() {
        let derived = Self.derivedKeys
        for key in Catalogue.en.messages.keys.sorted() {
            if Catalogue.derivedKeyPrefixes.contains(where: { key.hasPrefix($0) }), key.hasPrefix("country.") || derived.contains(key) { continue }
            if let family = Self.dynamicFamilies.first(where: { key.hasPrefix($0.prefix) }), family.exists(key) { continue }
            #expect(Self.sources.contains("\"\(key)\""), "\(key) is in the catalogues but no source uses it")
        }
        for key in derived { #expect(Catalogue.en.messages[key] != nil, "\(key) is missing") }
    }

    @Test func everyKeyTheSourcesNameExists() throws {
        let pattern = try Regex(#""((?:ui|explain|assess|report|cli)\.[a-z0-9_.\-]+[a-z0-9])""#)
        var missing: Set<String> = []
        for m in Self.sources.matches(of: pattern) {
            let key = String(m.output[1].substring ?? "")
            if Catalogue.en.messages[key] == nil, !Self.dynamicFamilies.contains(where: { $0.prefix == key || $0.prefix == key + "." }) { missing.insert(key) }
        }
        #expect(missing.sorted() == [])
    }

    /// Key families the sources build from a value (`"ui.action." + id`), with what must exist for a key to count
    /// as used. Add one here when a view builds its keys.
    static let dynamicFamilies: [(prefix: String, exists: @Sendable (String) -> Bool)] = [
        // Each key action's help line (`Action.help(in:)`): one per action.
        ("ui.action.", { Action(rawValue: String($0.dropFirst("ui.action.".count))) != nil }),
    ]

    @Test func countedMessagesAgreeWithTheirNumber() {
        #expect(PluralRule.eastSlavic.form(1) == 0 && PluralRule.eastSlavic.form(21) == 0)
        #expect(PluralRule.eastSlavic.form(3) == 1 && PluralRule.eastSlavic.form(24) == 1)
        #expect(PluralRule.eastSlavic.form(11) == 2 && PluralRule.eastSlavic.form(5) == 2 && PluralRule.eastSlavic.form(0) == 2)
        #expect(PluralRule.eastSlavic.form(112) == 2 && PluralRule.eastSlavic.form(122) == 1)
        #expect(PluralRule.oneOther.form(1) == 0 && PluralRule.oneOther.form(0) == 1)
        let ru = Catalogue(code: "ru", name: "Русский", plural: .eastSlavic, messages: ["x": "{n} проект|{n} проекта|{n} проектов в {0}"])
        #expect(ru.count("x", 1, "Амуре") == "1 проект")
        #expect(ru.count("x", 3, "Амуре") == "3 проекта")
        #expect(ru.count("x", 11, "Амуре") == "11 проектов в Амуре")
    }

    @Test func argumentsFillTheirPlacesAndNothingElse() {
        let c = Catalogue(code: "en", name: "English", plural: .oneOther, messages: ["k": "{1} before {0}; {2} and {x} stay"])
        #expect(c("k", "a", "b") == "b before a; {2} and {x} stay")
        #expect(c("k", "{1}", "}") == "} before {1}; {2} and {x} stay")
        #expect(Catalogue.en.list(["a", "b", "c"]) == "a, b and c")
        #expect(Catalogue.zh.list(["甲", "乙", "丙"]) == "甲、乙和丙")
        #expect(Catalogue.ru.list(["А"]) == "А")
    }

    @Test(arguments: [
        (["LANG": "ru_RU.UTF-8"], "ru"), (["LANG": "zh_CN.UTF-8"], "zh"), (["LANG": "zh_TW"], "zh"),
        (["LANG": "en_GB.UTF-8"], "en"), (["LANG": "de_DE.UTF-8"], "en"), (["LANG": "C"], "en"), (["LANG": "C.UTF-8"], "en"), ([:], "en"),
        (["LANG": "ru_RU.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"], "zh"), (["LANG": "en_US", "LC_ALL": "ru_RU"], "ru"),
        (["LANG": "zh_CN", "LC_ALL": ""], "zh"), (["LANG": "ru_RU", "LC_ALL": "POSIX"], "en"), (["LANG": "sr_RS@latin"], "en"),
    ])
    func theLocaleChoosesTheLanguage(env: [String: String], code: String) {
        #expect(Catalogue.fromEnvironment(env).code == code)
    }

    @Test func theOptionBeatsTheLocaleAndAnUnknownOneNamesTheChoices() throws {
        #expect(try Catalogue.choose(option: "ZH", env: ["LANG": "ru_RU.UTF-8"]).code == "zh")
        #expect(try Catalogue.choose(option: nil, env: ["LANG": "ru_RU.UTF-8"]).code == "ru")
        #expect(throws: LanguageError.unknown("fr")) { try Catalogue.choose(option: "fr", env: [:]) }
        #expect(LanguageError.unknown("x\u{1b}[2J").description == "--lang: \"x␛[2J\" is not a language BorderTrack speaks; expected one of en, ru, zh")
    }

    @Test func labelsAndNamesComeFromTheCatalogue() throws {
        #expect(Catalogue.ru.phrase(.operational, .cargo) == "открыт для грузового движения")
        #expect(Catalogue.zh.kindName(.borderCrossing) == "口岸")
        #expect(Catalogue.en.meaning(AssessmentGrade(.b, .probable)) == "usually reliable source, probably true")
        #expect(Catalogue.ru.country("XX") == "XX")
        let names = try Names(en: "Blagoveshchensk–Heihe bridge", ru: "Мост Благовещенск — Хэйхэ")
        #expect(Catalogue.ru.name(names) == "Мост Благовещенск — Хэйхэ")
        #expect(Catalogue.zh.name(names) == "Blagoveshchensk–Heihe bridge")
    }
}
