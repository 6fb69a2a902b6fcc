import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI

extension StorePages {
    /// The list's projects for the map: the query's ids in list order (`summaryIDs`, one index range) joined to every
    /// project's location, read once in one statement (`ProjectLocating`) and kept until the store changes.
    package func mapSites(_ q: ListQuery) -> MapSites {
        let ids = listIDs(q)
        let byID: [String: ProjectLocation] = locked { locations } ?? attempt([:]) {
            guard let locating = store as? any ProjectLocating else { return [:] }
            let all = try locating.projectLocations()
            var d = [String: ProjectLocation](minimumCapacity: all.count)
            for l in all { d[l.id] = l }
            locked { locations = d }
            return d
        }
        var sites = MapSites()
        for id in ids {
            guard let l = byID[id] else { continue }
            if let p = l.point { sites.append(id: id, name: l.name, point: p, status: MapMarker.status(of: l)) } else {
                sites.appendUnlocated(id: id, name: l.name)
            }
        }
        return sites
    }
}
