/// 中文: every message of the interface, explanations and reports.
extension Catalogue {
    public static let zh = Catalogue(code: "zh", name: "中文", plural: .none, messages: [
        // MARK: words shared by every view (statuses, kinds, tiers…)
        "join.comma": "、",
        "join.and": "和",
        "status.proposed": "提议",
        "status.agreed": "已签约",
        "status.construction": "在建",
        "status.completed": "竣工",
        "status.operational": "运营",
        "status.suspended": "暂停",
        "status.cancelled": "取消",
        "status.proposed.phrase": "处于提议阶段",
        "status.agreed.phrase": "已签署协议",
        "status.construction.phrase": "在建",
        "status.completed.phrase": "已竣工但未投入使用",
        "status.operational.phrase": "已投入运营",
        "status.suspended.phrase": "已暂停",
        "status.cancelled.phrase": "已取消",
        "status.operational.cargo.phrase": "已开通货运",
        "status.operational.passenger.phrase": "已开通客运",
        "status.operational.full.phrase": "客货运均已开通",
        "scope.passenger": "客运",
        "scope.cargo": "货运",
        "scope.full": "客货运",
        "kind.bridge": "桥梁",
        "kind.rail": "铁路",
        "kind.road": "公路",
        "kind.pipeline": "管道",
        "kind.border-crossing": "口岸",
        "kind.ftz": "自贸区",
        "kind.industrial-park": "产业园",
        "kind.port": "港口",
        "kind.energy": "能源",
        "kind.other": "其他",
        "kind.bridge.name": "桥梁",
        "kind.rail.name": "铁路",
        "kind.road.name": "公路",
        "kind.pipeline.name": "管道",
        "kind.border-crossing.name": "口岸",
        "kind.ftz.name": "自贸区 / 经济开发区",
        "kind.industrial-park.name": "产业园区",
        "kind.port.name": "港口",
        "kind.energy.name": "能源项目",
        "kind.other.name": "其他",
        "tier.federal-official": "联邦官方",
        "tier.state-media": "官方媒体",
        "tier.foreign-official": "外国官方",
        "tier.regional-official": "地方政府",
        "tier.local-media": "地方媒体",
        "tier.business": "企业",
        "tier.field": "实地",
        "perspective.official": "官方",
        "perspective.local": "地方",
        "severity.critical": "严重",
        "severity.major": "重要",
        "severity.minor": "次要",
        "flag.open": "待处理",
        "flag.acknowledged": "已确认",
        "flag.resolved": "已解决",
        "flag.obsolete": "已过时",
        "milestone.start": "开工",
        "milestone.completion": "竣工",
        "milestone.opening": "开通",
        "dkind.status-conflict": "状态矛盾",
        "dkind.deadline-slip": "工期推迟",
        "dkind.cross-border": "两国说法不一",
        "dkind.official-split": "官方说法不一",
        "dkind.regression": "倒退",
        "dkind.stale-official": "官方信息过时",
        "dkind.manual": "人工标记",
        "grade.A": "完全可靠",
        "grade.B": "通常可靠",
        "grade.C": "比较可靠",
        "grade.D": "通常不可靠",
        "grade.E": "不可靠",
        "grade.F": "无法判断",
        "credibility.1": "经其他独立来源证实",
        "credibility.2": "很可能属实",
        "credibility.3": "可能属实",
        "credibility.4": "存疑",
        "credibility.5": "不太可能属实",
        "credibility.6": "无法判断",
        "grade.admiralty": "来源{0}，信息{1}",
        "country.RU": "俄方",
        "country.CN": "中方",
        "country.MN": "蒙方",
        "country.KP": "朝方",
        "country.KZ": "哈方",

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
