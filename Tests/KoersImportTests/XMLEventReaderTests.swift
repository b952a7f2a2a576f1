import Testing
@testable import KoersImport

/// The XML reader that replaced FoundationXML's XMLParser for workbook parts: the events it
/// reports, and the documents it refuses.
@Suite("XML event reader")
struct XMLEventReaderTests {
    private final class Recorder: XMLEventHandler {
        var events: [String] = []
        var failed = false
        var failOnElement: String?

        func startElement(_ name: String, attributes: [String: String]) {
            let shown = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
            events.append("<\(name)\(shown)>")
            if name == failOnElement { failed = true }
        }

        func characters(_ text: String) { events.append("text(\(text))") }
        func endElement(_ name: String) { events.append("</\(name)>") }
    }

    private func events(_ document: String) -> [String]? {
        let recorder = Recorder()
        return XMLEventReader.read(Array(document.utf8), into: recorder) ? recorder.events : nil
    }

    @Test func reportsElementsAttributesAndTextInOrder() {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:sst xmlns:x="urn:x" count='2'><si><t>één</t></si><!-- note --><si><t/></si></x:sst>
            """
        #expect(events(document) == [
            "<x:sst count=2 xmlns:x=urn:x>", "<si>", "<t>", "text(één)", "</t>", "</si>",
            "<si>", "<t>", "</t>", "</si>", "</x:sst>",
        ])
    }

    @Test func replacesReferencesAndKeepsCharacterData() {
        #expect(events("<t a=\"&lt;&#x41;&#66;&quot;\">a &amp; b &apos;&gt;<![CDATA[<&amp;>]]></t>") == [
            "<t a=<AB\">", "text(a & b '>)", "text(<&amp;>)", "</t>",
        ])
    }

    @Test func normalisesLineEndsInTextAndAttributes() {
        #expect(events("<t a=\"1\r\n2\t3\">x\r\ny\rz</t>") == ["<t a=1 2 3>", "text(x\ny\nz)", "</t>"])
    }

    @Test func skipsAByteOrderMarkAndSpaceAroundTheRoot() {
        #expect(events("\u{FEFF}\n<r >\n</r >\n") == ["<r>", "text(\n)", "</r>"])
    }

    @Test(arguments: [
        "",
        "no markup",
        "<a>",
        "<a></b>",
        "<a><b></a></b>",
        "<a/><b/>",
        "text<a/>",
        "<a/>text",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=\"1\"y=\"2\"/>",
        "<a x=1/>",
        "<a x=\"<\"/>",
        "<a x=\"1/>",
        "<a>&nbsp;</a>",
        "<a>&#xD800;</a>",
        "<a>&#0;</a>",
        "<a>&#x+41;</a>",
        "<a>&#+65;</a>",
        "<a>&#x;</a>",
        "<a>&#xFFFFFFFFFF;</a>",
        "<a>& b</a>",
        "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
        "<a><!-- unclosed </a>",
        "<a><![CDATA[ unclosed </a>",
        "<?xml version=\"1.0\"",
        "<a / >",
        "<>",
        "<a>\u{1B}[32m</a>",
        "<a x=\"\u{1B}]0;t\u{7}\"/>",
        "<a><![CDATA[\u{1B}[2J]]></a>",
    ])
    func refusesDocumentsThatAreNotWellFormed(_ document: String) {
        #expect(events(document) == nil)
    }

    @Test func refusesInvalidUTF8() {
        let recorder = Recorder()
        #expect(!XMLEventReader.read(Array("<a>".utf8) + [0xC3] + Array("</a>".utf8), into: recorder))
        #expect(!XMLEventReader.read(Array("<a b=\"".utf8) + [0xFF] + Array("\"/>".utf8), into: recorder))
    }

    @Test func stopsWhenTheHandlerFails() {
        let recorder = Recorder()
        recorder.failOnElement = "b"
        #expect(!XMLEventReader.read(Array("<a><b/><c/></a>".utf8), into: recorder))
        #expect(recorder.events == ["<a>", "<b>", "</b>"])
    }

    @Test func everyTruncationOfAPartIsRefusedOrRead() {
        let document = Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>".utf8)
        for length in 0..<document.count {
            #expect(!XMLEventReader.read(Array(document[..<length]), into: Recorder()), "length \(length)")
        }
        #expect(XMLEventReader.read(document, into: Recorder()))
    }
}
