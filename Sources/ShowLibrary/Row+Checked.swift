import GRDB

extension Row {
  /// The value of column `index` when it holds one of `Value`'s type; nil for NULL or a
  /// value of another type, which a file changed by anything may hold: damage is
  /// reported, never a crash.
  func checked<Value: DatabaseValueConvertible>(_ index: Int) -> Value? {
    Value.fromDatabaseValue(self[index] as DatabaseValue)
  }
}
