@testable import ShowModel

extension Catalog {
  /// A catalog of a show, the people `extra` gives first, then `count` people named "Person
  /// N" (ids "pN"), each described by `summary(N)`: the large catalogs that the tests of
  /// search and indexing need.
  static func people(
    _ count: Int, after extra: [Entity] = [], summary: (Int) -> String
  ) -> Catalog {
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)] + extra
    for index in 0..<count {
      entities.append(
        Entity(
          id: "p\(index)", kind: .person, name: "Person \(index)", summary: summary(index),
          payload: .person))
    }
    return Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
  }
}
