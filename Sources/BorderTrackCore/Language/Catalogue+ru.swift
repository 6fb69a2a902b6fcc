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
        "explain.contradiction": "{0} противоречат друг другу: {1}; однако {2} — {3}.|{0} противоречат друг другу: {1}; однако {2} — {3}.|{0} противоречат друг другу: {1}; однако {2} — {3}.",
        "explain.contradiction.self": "Источник {0} противоречит сам себе: {1}; однако {2} — {3}.|Источник {0} противоречит сам себе: {1}; однако {2} — {3}.|Источник {0} противоречит сам себе: {1}; однако {2} — {3}.",
        "explain.who.and": " и ",
        "explain.who.official-local": "Официальные и местные источники",
        "explain.who.official-local.countries": "Официальные и местные источники ({0})",
        "explain.who.countries": "{0} источники",
        "explain.who.official": "Официальные источники",
        "explain.who.local": "Местные источники",
        "explain.who.official.side": "{0} официальные источники",
        "explain.who.local.side": "{0} местные источники",
        "explain.cite": "{0} ({1}{2})",
        "explain.cite.section": ", участок {0}",
        "explain.cite.via": ", в передаче {0}",
        "explain.more": "{0} и ещё {n}|{0} и ещё {n}|{0} и ещё {n}",
        "explain.says.one": "по данным {0}, объект {1}{2}",
        "explain.says.many": "по данным {0}, объект {1}{2}",
        "explain.voices.paren": " ({0})",
        "explain.voices": "{0}, {1}",
        "explain.voices.sources": "{n} источник|{n} источника|{n} источников",
        "explain.voices.independent": "из них {n} независимый|из них {n} независимых|из них {n} независимых",
        "explain.semicolon": "; ",
        "explain.why.later-less": "более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось",
        "explain.why.same-day": "оба сообщения относятся к одному и тому же дню",
        "explain.why.whole-ahead": "о проекте в целом сообщалось, что он достиг стадии, которой один из его участков позднее ещё не достиг",
        "explain.why.scopes": "«только грузовое» и «только пассажирское» движение не могут сосуществовать без закрытия в промежутке",
        "explain.stale": "Ни один официальный источник не обновлял сведений с {0} ({1}: {2}) — уже {n} месяц, тогда как местные источники сообщают: {3}.|Ни один официальный источник не обновлял сведений с {0} ({1}: {2}) — уже {n} месяца, тогда как местные источники сообщают: {3}.|Ни один официальный источник не обновлял сведений с {0} ({1}: {2}) — уже {n} месяцев, тогда как местные источники сообщают: {3}.",
        "explain.stale.report": "{0} ({1}, {2})",
        "explain.stale.then": ", затем ",
        "explain.via": " в передаче {0}",
        "explain.slip": "{0} переносился {n} раз, в общей сложности на {1}: {2}|{0} переносился {n} раза, в общей сложности на {1}: {2}|{0} переносился {n} раз, в общей сложности на {1}: {2}",
        "explain.slip.start": "Срок начала строительства",
        "explain.slip.completion": "Срок завершения строительства",
        "explain.slip.opening": "Срок открытия",
        "explain.slip.overdue.start": "; последний срок уже прошёл, но ни один источник не сообщил о начале строительства",
        "explain.slip.overdue.completion": "; последний срок уже прошёл, но ни один источник не сообщил о завершении строительства",
        "explain.slip.overdue.opening": "; последний срок уже прошёл, но ни один источник не сообщил об открытии",
        "explain.slip.arrow": " → ",
        "explain.slip.announced": " (объявлен {0})",
        "explain.months": "{n} месяц|{n} месяца|{n} месяцев",
        "explain.period": ".",
        "explain.raised": "Отмечено редактором {0} {1}: {2}",
        "explain.obsolete.acknowledged": "Было принято редактором {0}; в данных это расхождение больше не прослеживается.",
        "explain.obsolete.resolved": "Было решено редактором {0}; в данных это расхождение больше не прослеживается.",
        "explain.obsolete.verdict": "Было решено редактором {0} (вердикт: {1}); в данных это расхождение больше не прослеживается.",

        // MARK: assess
        // (keys `assess.…` go right below this line)
        "assess.discounted": "не учтено",
        "assess.inconsistent": "не согласуется с учтёнными сообщениями",
        "assess.verdict.upheld": "подтверждено вердиктом редакции ({0}) по расхождению {1}",
        "assess.verdict.rejected": "отклонено вердиктом редакции ({0}) по расхождению {1}",
        "assess.when.later": "более поздним |более поздними |более поздними ",
        "assess.when.earlier": "более ранним |более ранними |более ранними ",
        "assess.side.official": "официальным |официальными |официальными ",
        "assess.side.local": "местным |местными |местными ",
        "assess.contradicted.independent": "опровергается {n} {0}независимым {1}источником|опровергается {n} {0}независимыми {1}источниками|опровергается {n} {0}независимыми {1}источниками",
        "assess.contradicted.shared": "опровергается {n} {0}{1}источником того же происхождения (не независимым)|опровергается {n} {0}{1}источниками того же происхождения (не независимыми)|опровергается {n} {0}{1}источниками того же происхождения (не независимыми)",
        "assess.contradicted.some": "опровергается {n} {0}{1}источником, {2}|опровергается {n} {0}{1}источниками, {2}|опровергается {n} {0}{1}источниками, {2}",
        "assess.independent.of": "из них {n} независим от него|из них {n} независимы от него|из них {n} независимы от него",
        "assess.improbable": " (верно, только если это произошло в {0} {1}, допускаемых датой {2})",
        "assess.improbable.last": "последний {n} день|последние {n} дня|последние {n} дней",
        "assess.improbable.of": "из {n} дня|из {n} дней|из {n} дней",
        "assess.summary.none": "нет сообщений о проекте в целом",
        "assess.summary.none.section": "нет сообщений об участке {0}",
        "assess.summary.operational": "введён в эксплуатацию",
        "assess.summary.cargo": "открыт для грузового движения",
        "assess.summary.passenger": "открыт для пассажирского движения",
        "assess.summary.full": "открыт для пассажирского и грузового движения",
        "assess.summary.since": "{0} с {1}",
        "assess.summary.grade": "{0} ({1})",
        "assess.why.confirmed": "подтверждено независимыми источниками: {n}|подтверждено независимыми источниками: {n}|подтверждено независимыми источниками: {n}",
        "assess.why.upheld": "подтверждено вердиктом редакции: {n}|подтверждено вердиктами редакции: {n}|подтверждено вердиктами редакции: {n}",
        "assess.why.contradicted": "опровергнуто независимыми источниками: {n}|опровергнуто независимыми источниками: {n}|опровергнуто независимыми источниками: {n}",
        "assess.why.rejected": "отклонено вердиктом редакции: {n}|отклонено вердиктами редакции: {n}|отклонено вердиктами редакции: {n}",
        "assess.why.too-little": "слишком мало данных: проверено {n} сообщение, нужно не менее {0}|слишком мало данных: проверено {n} сообщения, нужно не менее {0}|слишком мало данных: проверено {n} сообщений, нужно не менее {0}",
        "assess.why.detail": " ({0})",
        "assess.why.held": "подтвердилось {0} из {n} проверенного сообщения ({1})|подтвердилось {0} из {n} проверенных сообщений ({1})|подтвердилось {0} из {n} проверенных сообщений ({1})",
        "assess.why.computed": "{0}: {1}",
        "assess.why.set": "оценка {0} выставлена редактором {1}: {2}; расчётная — {3}",
        "assess.why.set.anonymous": "оценка {0} выставлена редактором: {1}; расчётная — {2}",

        // MARK: report
        // (keys `report.…` go right below this line)

        // MARK: cli
        // (keys `cli.…` go right below this line)
    ])
}
