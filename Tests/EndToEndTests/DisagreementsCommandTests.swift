import Foundation
import Testing

/// `tvbrowse show disagreements`: every point where the sources disagree, in text and JSON.
@Suite struct DisagreementsCommandTests {
  @Test func textListsEachPointUnderItsEntityWithEachSide() throws {
    let run = try BinaryRunner.run(["show", "disagreements"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr == "")
    #expect(run.stdoutLines.first == "Disagreements (page, disagreements)")
    #expect(run.stdoutLines.dropFirst().first == "4 points where the sources disagree.")
    let headings = run.stdoutLines.filter { !$0.hasPrefix(" ") && $0.contains(" › ") }
    #expect(
      headings == [
        "Season 2 › Renewal [season-2]", "Season 2 › Release [season-2]",
        "Ross Butler › Reason for leaving Riverdale [ross-butler]",
        "Selena Gomez › Role on the show [selena-gomez]",
      ])
    #expect(run.stdoutLines.contains("  • Executive producer (single source)"))
    #expect(run.stdoutLines.contains("  • Producer (single source)"))
  }

  @Test func theNameWorksInAnyCase() throws {
    let lower = try BinaryRunner.run(["show", "disagreements"])
    let title = try BinaryRunner.run(["show", "Disagreements"])
    #expect(title.status == 0)
    #expect(title.stdout == lower.stdout)
  }

  @Test func jsonGivesEachPointItsEntityLabelAndClaims() throws {
    let run = try BinaryRunner.run(["show", "disagreements", "--json"])
    #expect(run.status == 0, "\(run)")
    let page = try #require(try CommandLineTests.json(run) as? [String: Any])
    #expect(page["id"] as? String == "disagreements")
    #expect(page["kind"] as? String == "page")
    #expect(page["name"] as? String == "Disagreements")
    let points = try #require(page["points"] as? [[String: Any]])
    #expect(
      points.map { $0["label"] as? String } == [
        "Renewal", "Release", "Reason for leaving Riverdale", "Role on the show",
      ])
    for point in points {
      let entity = try #require(point["entity"] as? [String: Any])
      #expect(entity["id"] is String && entity["kind"] is String && entity["name"] is String)
      let claims = try #require(point["claims"] as? [[String: Any]])
      #expect(claims.count >= 2)
      for claim in claims {
        #expect(claim["value"] is String)
        #expect((claim["citations"] as? [Any])?.isEmpty == false)
      }
    }
  }

  @Test func aPackWhoseSourcesAgreeSaysSo() throws {
    let pack = try ScratchPack(Self.agreeingPack)
    defer { pack.remove() }
    let run = try BinaryRunner.run(["show", "disagreements", "--pack", pack.path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.dropFirst().first == "The sources agree on every fact.")
    let json = try BinaryRunner.run(["show", "disagreements", "--pack", pack.path, "--json"])
    let page = try #require(try CommandLineTests.json(json) as? [String: Any])
    #expect((page["points"] as? [Any])?.isEmpty == true)
  }

  /// A show with one article and one fact that a single claim settles.
  static let agreeingPack = """
    {"format": "tvbrowse-pack", "version": 1,
     "show": {"id": "s", "name": "S", "facts": [{"label": "Platform", "claims": [
       {"value": "Web", "citations": [{"source": "a", "quote": "on the web"}]}]}]},
     "sources": [{"id": "a", "name": "A", "kind": "article", "text": "It runs on the web."}]}
    """
}
