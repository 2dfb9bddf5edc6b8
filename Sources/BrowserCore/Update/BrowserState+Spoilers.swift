import ShowModel

extension BrowserState {
  /// `s`: shows the hidden line selected in the details, or the hidden entity selected in
  /// the list, from now until the browser quits.
  mutating func showSelectedSpoiler() {
    guard shield.hidesAnything else {
      message =
        shield.isOn
        ? "Nothing is hidden: once an episode is marked watched (w), what comes after it is"
        : "The spoiler shield is off until you quit"
      return
    }
    if view.focus == .details, view.reader == nil,
      detailBlocks.indices.contains(view.details.selection),
      case .spoiler(let key) = detailBlocks[view.details.selection].target
    {
      showSpoiler(key)
      return
    }
    // A link to a hidden entity shows the entity.
    if view.focus == .details, view.reader == nil,
      detailBlocks.indices.contains(view.details.selection),
      case .entity(let id) = detailBlocks[view.details.selection].target,
      let entity = catalog.entity(id), let spoiler = shield.hiding(entity)
    {
      showSpoiler(spoiler.key)
      return
    }
    if view.focus != .details, let entity = selectedEntity, let spoiler = shield.hiding(entity) {
      showSpoiler(spoiler.key)
      return
    }
    message = "s shows a hidden line: select one that says “spoiler for …”"
  }

  /// Shows the hidden item `key`.
  mutating func showSpoiler(_ key: String) {
    shield.show(key)
    message = "Shown until you quit; S shows every spoiler"
  }

  /// `S`: turns the spoiler shield off until the browser quits.
  mutating func turnShieldOff() {
    guard shield.isOn else {
      message = "The spoiler shield is off until you quit"
      return
    }
    shield.turnOff()
    message = "Spoiler shield off until you quit: everything shows"
  }
}
