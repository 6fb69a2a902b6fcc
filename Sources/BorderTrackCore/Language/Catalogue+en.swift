/// English: every message of the interface, explanations and reports — the reference catalogue every other one is checked against.
extension Catalogue {
    public static let en = Catalogue(code: "en", name: "English", plural: .oneOther, messages: [
        // MARK: words shared by every view (statuses, kinds, tiers…)
        "join.comma": ", ",
        "join.and": " and ",
        "status.proposed": "proposed",
        "status.agreed": "agreed",
        "status.construction": "construction",
        "status.completed": "completed",
        "status.operational": "operational",
        "status.suspended": "suspended",
        "status.cancelled": "cancelled",
        "status.proposed.phrase": "proposed",
        "status.agreed.phrase": "agreed",
        "status.construction.phrase": "under construction",
        "status.completed.phrase": "completed but not in service",
        "status.operational.phrase": "operating",
        "status.suspended.phrase": "suspended",
        "status.cancelled.phrase": "cancelled",
        "status.operational.cargo.phrase": "operating for cargo",
        "status.operational.passenger.phrase": "operating for passengers",
        "status.operational.full.phrase": "operating for passengers and cargo",
        "scope.passenger": "passenger",
        "scope.cargo": "cargo",
        "scope.full": "full",
        "kind.bridge": "bridge",
        "kind.rail": "rail",
        "kind.road": "road",
        "kind.pipeline": "pipeline",
        "kind.border-crossing": "crossing",
        "kind.ftz": "ftz",
        "kind.industrial-park": "ind-park",
        "kind.port": "port",
        "kind.energy": "energy",
        "kind.other": "other",
        "kind.bridge.name": "bridge",
        "kind.rail.name": "rail line",
        "kind.road.name": "road",
        "kind.pipeline.name": "pipeline",
        "kind.border-crossing.name": "border crossing",
        "kind.ftz.name": "free trade or development zone",
        "kind.industrial-park.name": "industrial park",
        "kind.port.name": "port",
        "kind.energy.name": "energy project",
        "kind.other.name": "other",
        "tier.federal-official": "federal",
        "tier.state-media": "state media",
        "tier.foreign-official": "foreign official",
        "tier.regional-official": "regional",
        "tier.local-media": "local media",
        "tier.business": "business",
        "tier.field": "field",
        "perspective.official": "official",
        "perspective.local": "local",
        "severity.critical": "critical",
        "severity.major": "major",
        "severity.minor": "minor",
        "flag.open": "open",
        "flag.acknowledged": "acknowledged",
        "flag.resolved": "resolved",
        "flag.obsolete": "obsolete",
        "milestone.start": "start",
        "milestone.completion": "completion",
        "milestone.opening": "opening",
        "dkind.status-conflict": "status conflict",
        "dkind.deadline-slip": "deadline slip",
        "dkind.cross-border": "cross-border",
        "dkind.official-split": "official split",
        "dkind.regression": "regression",
        "dkind.stale-official": "stale official",
        "dkind.manual": "manual",
        "grade.A": "completely reliable",
        "grade.B": "usually reliable",
        "grade.C": "fairly reliable",
        "grade.D": "not usually reliable",
        "grade.E": "unreliable",
        "grade.F": "cannot be judged",
        "credibility.1": "confirmed by other independent sources",
        "credibility.2": "probably true",
        "credibility.3": "possibly true",
        "credibility.4": "doubtful",
        "credibility.5": "improbable",
        "credibility.6": "cannot be judged",
        "grade.admiralty": "{0} source, {1}",
        "country.RU": "Russian",
        "country.CN": "Chinese",
        "country.MN": "Mongolian",
        "country.KP": "North Korean",
        "country.KZ": "Kazakh",

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
        "explain.contradiction": "{0} contradict each other: {1}; against that, {2} — {3}.|{0} contradict each other: {1}; against them, {2} — {3}.",
        "explain.contradiction.self": "{0} contradicts itself: {1}; against that, {2} — {3}.|{0} contradicts itself: {1}; against them, {2} — {3}.",
        "explain.who.and": " and ",
        "explain.who.official-local": "Official and local accounts",
        "explain.who.official-local.countries": "Official and local accounts ({0} sources)",
        "explain.who.countries": "{0} sources",
        "explain.who.official": "Official sources",
        "explain.who.local": "Local sources",
        "explain.who.official.side": "Official sources on the {0} side",
        "explain.who.local.side": "Local sources on the {0} side",
        "explain.cite": "{0} ({1}{2})",
        "explain.cite.section": ", {0} section",
        "explain.cite.via": ", via {0}",
        "explain.more": "{0} and {n} more|{0} and {n} more",
        "explain.says.one": "{0} says {1}{2}",
        "explain.says.many": "{0} say {1}{2}",
        "explain.voices.paren": " ({0})",
        "explain.voices": "{0}, {1}",
        "explain.voices.sources": "{n} source|{n} sources",
        "explain.voices.independent": "{n} independent|{n} independent",
        "explain.semicolon": "; ",
        "explain.why.later-less": "a later account reports less, with no suspension or closure reported between",
        "explain.why.same-day": "both on the same day",
        "explain.why.whole-ahead": "the whole project was said to have reached a stage one of its sections later had not",
        "explain.why.scopes": "cargo only and passengers only cannot both hold without a closure between",
        "explain.stale": "No official source has changed its account since {0} ({1}: {2}), {n} months, while local sources report {3}.|No official source has changed its account since {0} ({1}: {2}), {n} months, while local sources report {3}.",
        "explain.stale.report": "{0} ({1}, {2})",
        "explain.stale.then": ", then ",
        "explain.via": " via {0}",
        "explain.slip": "{0} moved {n} time, {1} in all: {2}|{0} moved {n} times, {1} in all: {2}",
        "explain.slip.start": "The start target",
        "explain.slip.completion": "The completion target",
        "explain.slip.opening": "The opening target",
        "explain.slip.overdue.start": "; the latest target has passed with no source reporting the start",
        "explain.slip.overdue.completion": "; the latest target has passed with no source reporting the completion",
        "explain.slip.overdue.opening": "; the latest target has passed with no source reporting the opening",
        "explain.slip.arrow": " → ",
        "explain.slip.announced": " (announced {0})",
        "explain.months": "{n} months|{n} months",
        "explain.period": ".",
        "explain.raised": "Raised by {0} on {1}: {2}",
        "explain.obsolete.acknowledged": "Was acknowledged by {0}; the data no longer shows this discrepancy.",
        "explain.obsolete.resolved": "Was resolved by {0}; the data no longer shows this discrepancy.",
        "explain.obsolete.verdict": "Was resolved (verdict: {1}) by {0}; the data no longer shows this discrepancy.",

        // MARK: assess
        // (keys `assess.…` go right below this line)
        "assess.discounted": "discounted",
        "assess.inconsistent": "inconsistent with the claims kept",
        "assess.verdict.upheld": "upheld by the editors' verdict ({0}) on {1}",
        "assess.verdict.rejected": "rejected by the editors' verdict ({0}) on {1}",
        "assess.when.later": "later |later ",
        "assess.when.earlier": "earlier |earlier ",
        "assess.side.official": "official |official ",
        "assess.side.local": "local |local ",
        "assess.contradicted.independent": "contradicted by {n} {0}independent {1}source|contradicted by {n} {0}independent {1}sources",
        "assess.contradicted.shared": "contradicted by {n} {0}{1}source sharing its origin (not independent)|contradicted by {n} {0}{1}sources sharing its origin (not independent)",
        "assess.contradicted.some": "contradicted by {n} {0}{1}source, {2}|contradicted by {n} {0}{1}sources, {2}",
        "assess.independent.of": "{n} independent of it|{n} independent of it",
        "assess.improbable": " (true only if it happened in the last {0} of the {1} days its date {2} allows)",
        "assess.improbable.last": "{n}|{n}",
        "assess.improbable.of": "{n}|{n}",
        "assess.summary.none": "no claims about the whole project",
        "assess.summary.none.section": "no claims about section {0}",
        "assess.summary.operational": "operating",
        "assess.summary.cargo": "operating for cargo",
        "assess.summary.passenger": "operating for passenger",
        "assess.summary.full": "operating (full)",
        "assess.summary.since": "{0} since {1}",
        "assess.summary.grade": "{0} ({1})",
        "assess.why.confirmed": "{n} confirmed by independent sources|{n} confirmed by independent sources",
        "assess.why.upheld": "{n} upheld by a verdict|{n} upheld by verdicts",
        "assess.why.contradicted": "{n} contradicted by independent sources|{n} contradicted by independent sources",
        "assess.why.rejected": "{n} rejected by a verdict|{n} rejected by verdicts",
        "assess.why.too-little": "too little evidence: {n} tested claim, {0} needed|too little evidence: {n} tested claims, {0} needed",
        "assess.why.detail": " ({0})",
        "assess.why.held": "{0} of {n} tested claims held ({1})|{0} of {n} tested claims held ({1})",
        "assess.why.computed": "{0}: {1}",
        "assess.why.set": "set {0} by {1}: {2}; computed {3}",
        "assess.why.set.anonymous": "set {0} by an editor: {1}; computed {2}",

        // MARK: report
        // (keys `report.…` go right below this line)

        // MARK: cli
        // (keys `cli.…` go right below this line)
    ])
}
