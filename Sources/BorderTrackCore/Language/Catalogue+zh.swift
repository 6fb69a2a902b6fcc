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
        "explain.contradiction": "{0}相互矛盾：{1}；而{2}——{3}。",
        "explain.contradiction.self": "{0}自相矛盾：{1}；而{2}——{3}。",
        "explain.who.and": "和",
        "explain.who.official-local": "官方与地方说法",
        "explain.who.official-local.countries": "官方与地方说法（{0}来源）",
        "explain.who.countries": "{0}来源",
        "explain.who.official": "官方来源",
        "explain.who.local": "地方来源",
        "explain.who.official.side": "{0}官方来源",
        "explain.who.local.side": "{0}地方来源",
        "explain.cite": "{0}（{1}{2}）",
        "explain.cite.section": "，{0}段",
        "explain.cite.via": "，经{0}转述",
        "explain.more": "{0}及另外{n}个来源",
        "explain.says.one": "{0}称{1}{2}",
        "explain.says.many": "{0}称{1}{2}",
        "explain.voices.paren": "（{0}）",
        "explain.voices": "{0}，{1}",
        "explain.voices.sources": "{n}个来源",
        "explain.voices.independent": "其中独立来源{n}个",
        "explain.semicolon": "；",
        "explain.why.later-less": "较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道",
        "explain.why.same-day": "两种说法出自同一天",
        "explain.why.whole-ahead": "曾有说法称整个项目已达到某一阶段，而其中一段后来仍未达到该阶段",
        "explain.why.scopes": "“仅通货运”与“仅通客运”不可能同时成立，除非其间曾经关闭",
        "explain.stale": "自{0}（{1}：{2}）以来，已有{n}个月没有任何官方来源更新说法，而地方来源报道：{3}。",
        "explain.stale.report": "{0}（{1}，{2}）",
        "explain.stale.then": "，随后",
        "explain.via": "，经{0}转述",
        "explain.slip": "{0}已推迟{n}次，累计{1}：{2}",
        "explain.slip.start": "开工日期",
        "explain.slip.completion": "竣工日期",
        "explain.slip.opening": "开通日期",
        "explain.slip.overdue.start": "；最新目标日期已过，但仍无任何来源报道开工",
        "explain.slip.overdue.completion": "；最新目标日期已过，但仍无任何来源报道竣工",
        "explain.slip.overdue.opening": "；最新目标日期已过，但仍无任何来源报道开通",
        "explain.slip.arrow": "→",
        "explain.slip.announced": "（{0}公布）",
        "explain.months": "{n}个月",
        "explain.period": "。",
        "explain.raised": "由{0}于{1}提出：{2}",
        "explain.obsolete.acknowledged": "此前已由{0}确认；现有数据已不再显示这一差异。",
        "explain.obsolete.resolved": "此前已由{0}解决；现有数据已不再显示这一差异。",
        "explain.obsolete.verdict": "此前已由{0}解决（裁定：{1}）；现有数据已不再显示这一差异。",

        // MARK: assess
        // (keys `assess.…` go right below this line)
        "assess.discounted": "未采信",
        "assess.inconsistent": "与采信的说法不一致",
        "assess.verdict.upheld": "经编辑就{1}作出的裁定（{0}）予以采信",
        "assess.verdict.rejected": "被编辑就{1}作出的裁定（{0}）否定",
        "assess.when.later": "较晚的",
        "assess.when.earlier": "较早的",
        "assess.side.official": "官方",
        "assess.side.local": "地方",
        "assess.contradicted.independent": "与{n}个{0}独立{1}来源的说法相矛盾",
        "assess.contradicted.shared": "与{n}个{0}{1}来源的说法相矛盾，但与其同源（并不独立）",
        "assess.contradicted.some": "与{n}个{0}{1}来源的说法相矛盾，{2}",
        "assess.independent.of": "其中{n}个独立于该说法",
        "assess.improbable": "（仅当其发生在日期{2}所允许的{1}中的{0}内时才可能属实）",
        "assess.improbable.last": "最后{n}天",
        "assess.improbable.of": "{n}天",
        "assess.summary.none": "没有关于整个项目的说法",
        "assess.summary.none.section": "没有关于{0}段的说法",
        "assess.summary.operational": "已投入运营",
        "assess.summary.cargo": "已开通货运",
        "assess.summary.passenger": "已开通客运",
        "assess.summary.full": "客货运均已开通",
        "assess.summary.since": "自{1}起{0}",
        "assess.summary.grade": "{0}（{1}）",
        "assess.why.confirmed": "{n}条经独立来源证实",
        "assess.why.upheld": "{n}条经编辑裁定采信",
        "assess.why.contradicted": "{n}条被独立来源否定",
        "assess.why.rejected": "{n}条被编辑裁定否定",
        "assess.why.too-little": "证据不足：仅检验了{n}条说法，至少需要{0}条",
        "assess.why.detail": "（{0}）",
        "assess.why.held": "已检验的{n}条说法中有{0}条属实（{1}）",
        "assess.why.computed": "{0}：{1}",
        "assess.why.set": "编辑{1}设为{0}：{2}；计算结果为{3}",
        "assess.why.set.anonymous": "编辑设为{0}：{1}；计算结果为{2}",

        // MARK: report
        // (keys `report.…` go right below this line)

        // MARK: cli
        // (keys `cli.…` go right below this line)
    ])
}
