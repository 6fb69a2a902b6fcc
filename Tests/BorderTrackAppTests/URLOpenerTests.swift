@testable import BorderTrackApp
import Testing

/// What opens a claim's URL: `$BROWSER` (with `%s` or the URL appended), else `xdg-open`, else a plain message.
@Suite("URL opener")
struct URLOpenerTests {
    let url = "https://rg.ru/2021/10/07/most.html"
    func onPath(_ files: Set<String>) -> (String) -> Bool { { files.contains($0) } }

    @Test("$BROWSER wins, looked up on PATH; the URL is appended, or replaces %s")
    func browser() {
        let env = ["BROWSER": "firefox --new-tab", "PATH": "/usr/local/bin:/usr/bin"]
        #expect(URLOpener.plan(for: url, environment: env, isExecutable: onPath(["/usr/bin/firefox", "/usr/bin/xdg-open"]))
                == .run(path: "/usr/bin/firefox", arguments: ["--new-tab", url], via: "$BROWSER (firefox)"))
        let percent = ["BROWSER": "lynx -dump %s:w3m", "PATH": "/bin"]
        #expect(URLOpener.plan(for: url, environment: percent, isExecutable: onPath(["/bin/w3m"]))
                == .run(path: "/bin/w3m", arguments: [url], via: "$BROWSER (w3m)"))
        #expect(URLOpener.plan(for: url, environment: ["BROWSER": "/opt/b %s"], isExecutable: onPath(["/opt/b"]))
                == .run(path: "/opt/b", arguments: [url], via: "$BROWSER (/opt/b)"))
    }

    @Test("no $BROWSER (or an empty one): xdg-open from PATH")
    func xdgOpen() {
        for env in [["PATH": "/usr/bin"], ["BROWSER": " ", "PATH": "/usr/bin"]] {
            #expect(URLOpener.plan(for: url, environment: env, isExecutable: onPath(["/usr/bin/xdg-open"]))
                    == .run(path: "/usr/bin/xdg-open", arguments: [url], via: "xdg-open"))
        }
    }

    @Test("neither: said plainly with the URL; a $BROWSER not found is named")
    func neither() {
        #expect(URLOpener.plan(for: url, environment: ["PATH": "/usr/bin"], isExecutable: onPath([]))
                == .unavailable("no $BROWSER and no xdg-open: the URL is \(url)"))
        #expect(URLOpener.plan(for: url, environment: ["BROWSER": "nosuch", "PATH": "/usr/bin"], isExecutable: onPath([]))
                == .unavailable("$BROWSER (nosuch) is not found and there is no xdg-open: the URL is \(url)"))
        let message = URLOpener.open(url, environment: ["PATH": "/nonexistent"])
        #expect(message.isError && message.text.hasSuffix(url))
    }
}
