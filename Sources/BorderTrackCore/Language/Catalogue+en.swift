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

        // MARK: assess
        // (keys `assess.…` go right below this line)

        // MARK: report
        // (keys `report.…` go right below this line)

        // MARK: cli
        // (keys `cli.…` go right below this line)
    ])
}
