extension AppState {
    /// Handles one input event: prompt editing first, then mouse, then the key table.
    public mutating func handle(_ event: KeyEvent, keys: KeyMap) -> Effect? {
        if case .resize = event.key { return nil }
        if let c = confirm {
            confirm = nil
            if case .char(let ch) = event.key, ch == "y" || ch == "Y" { return c.effect }
            message = Message(text: lang["ui.message.cancelled"], isError: false)
            return nil
        }
        if form != nil { return handleForm(event.key) }
        // Ctrl-C quits from anywhere (a form with typed text asks first, above).
        if event.key == .ctrl("c") { return .quit }
        if palette != nil { return handlePalette(event.key, keys: keys) }
        if let p = prompt {
            switch event.key {
            case .enter: return submitPrompt()
            case .escape: cancelPrompt()
            case .backspace, .delete: backspace()
            case .char(let c): type(String(c))
            case .ctrl("u"): prompt?.text = ""; completion = nil
            case .tab where p.kind == .command: complete(forward: true)
            case .backTab where p.kind == .command: complete(forward: false)
            case .up where p.kind == .command:
                if let l = history.older(typed: p.text) { prompt?.text = l; completion = nil }
            case .down where p.kind == .command:
                if let l = history.newer() { prompt?.text = l; completion = nil }
            default: break
            }
            return nil
        }
        if case .mouse(let m) = event.key { return mouse(m) }
        guard let action = AppKeys.action(for: event.key, in: view, map: keys) else {
            if case .char(let c) = event.key {
                message = Message(text: lang("ui.message.no-key", c, keys.keys(for: Action.help.rawValue).first.map(KeySpec.format) ?? "?"), isError: false)
            }
            return nil
        }
        return apply(action)
    }

    /// Clicks select (a second click on the selection, or a double click, opens); the wheel scrolls.
    mutating func mouse(_ m: MouseEvent) -> Effect? {
        switch m.kind {
        case .wheelUp: move(-3); return nil
        case .wheelDown: move(3); return nil
        case .click, .press, .doubleClick:
            switch view {
            case .list:
                let index = listTop + (m.row - 2)
                guard m.row >= 2, m.row < 2 + bodyRows, index >= 0, index < listCount else { return nil }
                let again = index == listSelection
                listSelection = index
                if m.kind == .doubleClick || (again && m.kind == .click) { return apply(.open) }
            case .queue:
                let index = queueTop + (m.row - 2) / QueueView.itemHeight
                guard m.row >= 2, index >= 0, index < queueCount else { return nil }
                let again = index == queueSelection
                queueSelection = index
                if m.kind == .doubleClick || (again && m.kind == .click) { return apply(.open) }
            case .claims, .frequency: return clickClaims(m)
            default: break
            }
            scrollIntoView()
            return nil
        case .release: return nil
        }
    }
}
