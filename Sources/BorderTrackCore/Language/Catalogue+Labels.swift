extension Catalogue {
    /// The status's word for tables and lists: "construction", "строится", "在建".
    public func status(_ s: Status) -> String { self["status." + s.rawValue] }

    /// The status as a sentence says it, with the scope of an operating project: "operating for cargo",
    /// "открыт для грузового движения", "已开通货运".
    public func phrase(_ s: Status, _ scope: Scope?) -> String {
        guard s == .operational, let scope else { return self["status." + s.rawValue + ".phrase"] }
        return self["status.operational." + scope.rawValue + ".phrase"]
    }

    /// "passenger", "грузовой", "客运".
    public func scope(_ s: Scope) -> String { self["scope." + s.rawValue] }

    /// The kind's short word for lists (at most 8 columns in English): "crossing", "МАПП", "口岸".
    public func kind(_ k: ProjectKind) -> String { self["kind." + k.rawValue] }

    /// The kind's full name: "border crossing", "пункт пропуска", "口岸".
    public func kindName(_ k: ProjectKind) -> String { self["kind." + k.rawValue + ".name"] }

    /// "local media", "местные СМИ", "地方媒体".
    public func tier(_ t: SourceTier) -> String { self["tier." + t.rawValue] }

    /// "official", "официальная", "官方".
    public func perspective(_ p: Perspective) -> String { self["perspective." + p.rawValue] }

    /// "critical", "критическое", "严重".
    public func severity(_ s: Severity) -> String { self["severity." + s.rawValue] }

    /// A flag's state: "acknowledged", "принято", "已确认".
    public func flag(_ f: FlagState) -> String { self["flag." + f.rawValue] }

    /// "opening", "открытие", "开通".
    public func milestone(_ m: Milestone) -> String { self["milestone." + m.rawValue] }

    /// "deadline slip", "перенос сроков", "工期推迟".
    public func discrepancyKind(_ k: DiscrepancyKind) -> String { self["dkind." + k.rawValue] }

    /// The scale's words for a source grade: "usually reliable", "обычно надёжный", "通常可靠".
    public func grade(_ g: SourceGrade) -> String { self["grade." + g.rawValue] }

    /// The scale's words for a credibility: "probably true".
    public func credibility(_ c: Credibility) -> String { self["credibility." + String(c.rawValue)] }

    /// Both halves of an Admiralty grade in words: "usually reliable source, probably true".
    public func meaning(_ g: AssessmentGrade) -> String { self("grade.admiralty", grade(g.reliability), credibility(g.credibility)) }

    /// A country's sources as an adjective ("Russian", "российские", "俄方"); an unknown code stays as it is.
    public func country(_ code: String) -> String { messages["country." + code] ?? Catalogue.en.messages["country." + code] ?? code }

    /// The project's name in this language where it has one, else its English name.
    public func name(_ names: Names) -> String {
        switch code {
        case "ru": names.ru ?? names.en
        case "zh": names.zh ?? names.en
        default: names.en
        }
    }

    /// The two names `name(_:)` does not stand for, with their language codes: in English the Russian and Chinese
    /// ones, in Russian the English and Chinese ones, in Chinese the English and Russian ones.
    public func otherNames(_ names: Names) -> [(code: String, name: String?)] {
        switch code {
        case "ru": [("en", names.en), ("zh", names.zh)]
        case "zh": [("en", names.en), ("ru", names.ru)]
        default: [("ru", names.ru), ("zh", names.zh)]
        }
    }

    // MARK: a model value as a reader of the language sees it

    /// Whether the model's values are shown as their codes: English shows the codes a user types (`border-crossing`,
    /// `status-conflict`, as filters and commands take them), every other language its words.
    public var showsCodes: Bool { self == .en }

    /// A status: `construction`, `строится`, `在建`.
    public func word(_ s: Status) -> String { showsCodes ? s.rawValue : status(s) }
    /// A scope: `cargo`, `грузовой`, `货运`.
    public func word(_ s: Scope) -> String { showsCodes ? s.rawValue : scope(s) }
    /// A project kind by its full name: `border-crossing`, `пункт пропуска`, `口岸`.
    public func word(_ k: ProjectKind) -> String { showsCodes ? k.rawValue : kindName(k) }
    /// A source tier: `state-media`, `госСМИ`, `官方媒体`.
    public func word(_ t: SourceTier) -> String { showsCodes ? t.rawValue : tier(t) }
    /// A perspective: `official`, `официальная`, `官方`.
    public func word(_ p: Perspective) -> String { showsCodes ? p.rawValue : perspective(p) }
    /// A severity: `critical`, `критическое`, `严重`.
    public func word(_ s: Severity) -> String { showsCodes ? s.rawValue : severity(s) }
    /// A flag's state: `acknowledged`, `принято`, `已确认`.
    public func word(_ f: FlagState) -> String { showsCodes ? f.rawValue : flag(f) }
    /// A milestone: `opening`, `открытие`, `开通`.
    public func word(_ m: Milestone) -> String { showsCodes ? m.rawValue : milestone(m) }
    /// A discrepancy's kind: `status-conflict`, `противоречие статусов`, `状态矛盾`.
    public func word(_ k: DiscrepancyKind) -> String { showsCodes ? k.rawValue : discrepancyKind(k) }

    /// The key families built from a model value rather than written out: a key under one of these prefixes
    /// counts as used when the value exists (the catalogue test checks them against the enums).
    public static let derivedKeyPrefixes = ["status.", "scope.", "kind.", "tier.", "perspective.", "severity.", "flag.",
                                            "milestone.", "dkind.", "grade.", "credibility.", "country."]
}
