/// Русский: every message of the interface, explanations and reports.
extension Catalogue {
    public static let ru = Catalogue(code: "ru", name: "Русский", plural: .eastSlavic, messages: [
        // MARK: words shared by every view (statuses, kinds, tiers…)
        "join.comma": ", ",
        "join.and": " и ",
        "status.proposed": "предложен",
        "status.agreed": "согласован",
        "status.construction": "строится",
        "status.completed": "построен",
        "status.operational": "действует",
        "status.suspended": "приостановлен",
        "status.cancelled": "отменён",
        "status.proposed.phrase": "предложен",
        "status.agreed.phrase": "согласован",
        "status.construction.phrase": "строится",
        "status.completed.phrase": "построен, но не введён в эксплуатацию",
        "status.operational.phrase": "введён в эксплуатацию",
        "status.suspended.phrase": "приостановлен",
        "status.cancelled.phrase": "отменён",
        "status.operational.cargo.phrase": "открыт для грузового движения",
        "status.operational.passenger.phrase": "открыт для пассажирского движения",
        "status.operational.full.phrase": "открыт для пассажирского и грузового движения",
        "scope.passenger": "пассажирский",
        "scope.cargo": "грузовой",
        "scope.full": "полный",
        "kind.bridge": "мост",
        "kind.rail": "ж/д",
        "kind.road": "дорога",
        "kind.pipeline": "труба",
        "kind.border-crossing": "МАПП",
        "kind.ftz": "ТОР/СЭЗ",
        "kind.industrial-park": "индпарк",
        "kind.port": "порт",
        "kind.energy": "энергия",
        "kind.other": "другое",
        "kind.bridge.name": "мост",
        "kind.rail.name": "железная дорога",
        "kind.road.name": "автодорога",
        "kind.pipeline.name": "трубопровод",
        "kind.border-crossing.name": "пункт пропуска",
        "kind.ftz.name": "ТОР / свободная экономическая зона",
        "kind.industrial-park.name": "индустриальный парк",
        "kind.port.name": "порт",
        "kind.energy.name": "энергетический проект",
        "kind.other.name": "другое",
        "tier.federal-official": "федеральный",
        "tier.state-media": "госСМИ",
        "tier.foreign-official": "иностр. офиц.",
        "tier.regional-official": "региональный",
        "tier.local-media": "местные СМИ",
        "tier.business": "бизнес",
        "tier.field": "с места",
        "perspective.official": "официальная",
        "perspective.local": "местная",
        "severity.critical": "критическое",
        "severity.major": "существенное",
        "severity.minor": "незначительное",
        "flag.open": "открыто",
        "flag.acknowledged": "принято",
        "flag.resolved": "решено",
        "flag.obsolete": "устарело",
        "milestone.start": "начало строительства",
        "milestone.completion": "завершение",
        "milestone.opening": "открытие",
        "dkind.status-conflict": "противоречие статусов",
        "dkind.deadline-slip": "перенос сроков",
        "dkind.cross-border": "расхождение сторон",
        "dkind.official-split": "расхождение официальных",
        "dkind.regression": "откат",
        "dkind.stale-official": "устаревшая офиц. версия",
        "dkind.manual": "вручную",
        "grade.A": "полностью надёжный",
        "grade.B": "обычно надёжный",
        "grade.C": "достаточно надёжный",
        "grade.D": "обычно ненадёжный",
        "grade.E": "ненадёжный",
        "grade.F": "не поддаётся оценке",
        "credibility.1": "подтверждено другими независимыми источниками",
        "credibility.2": "вероятно, верно",
        "credibility.3": "возможно, верно",
        "credibility.4": "сомнительно",
        "credibility.5": "маловероятно",
        "credibility.6": "не поддаётся оценке",
        "grade.admiralty": "источник {0}, сведения: {1}",
        "country.RU": "российские",
        "country.CN": "китайские",
        "country.MN": "монгольские",
        "country.KP": "северокорейские",
        "country.KZ": "казахстанские",

        // MARK: ui.list
        // (keys `ui.list.…` go right below this line)

        // MARK: ui.detail
        // (keys `ui.detail.…` go right below this line)

        // MARK: ui.queue
        // (keys `ui.queue.…` go right below this line)

        // MARK: ui.claims
        // (keys `ui.claims.…` go right below this line)

        // MARK: ui.help
        // (keys `ui.help.…` go right below this line)

        // MARK: ui.map
        // (keys `ui.map.…` go right below this line)

        // MARK: ui.palette
        // (keys `ui.palette.…` go right below this line)

        // MARK: ui.history
        // (keys `ui.history.…` go right below this line)

        // MARK: ui.chrome
        // (keys `ui.chrome.…` go right below this line)

        // MARK: ui.action
        // (keys `ui.action.…` go right below this line)

        // MARK: ui.command
        // (keys `ui.command.…` go right below this line)

        // MARK: ui.form
        // (keys `ui.form.…` go right below this line)

        // MARK: ui.message
        // (keys `ui.message.…` go right below this line)

        // MARK: ui.confirm
        // (keys `ui.confirm.…` go right below this line)

        // MARK: explain
        // (keys `explain.…` go right below this line)

        // MARK: assess
        // (keys `assess.…` go right below this line)

        // MARK: report
        // (keys `report.…` go right below this line)

        // MARK: cli
        // (keys `cli.…` go right below this line)
    ])
}
