#!/usr/bin/env python3
"""Writes a TVmaze show response in the API's shapes (the show with its seasons, episodes,
cast and crew embedded), made up and deterministic, for `tvbrowse add` benchmarks and tests.

    bench/make_tvmaze.py OUT --episodes 1000 --cast 300 [--crew 40] [--id 90001]
"""
import argparse
import json
import random

WORDS = ("harbor light storm tide fog keeper logbook north island winter signal "
         "lantern reef anchor current drift echo ember hollow raven").split()
GIVEN = "Ada Bram Cole Dana Ezra Faye Gus Hana Ivo Jude Kai Lena Milo Nia Otto Pia".split()
FAMILY = "Morrow Ellis Vance Wolfe Quay Reyes Novak Sato Okafor Lind Brandt Costa".split()


def person(rng, pid):
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {pid}"
    return {
        "id": pid, "url": f"https://www.tvmaze.com/people/{pid}/x", "name": name,
        "country": rng.choice([None, {"name": "Ireland", "code": "IE", "timezone": "Europe/Dublin"}]),
        "birthday": rng.choice([None, f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]),
        "deathday": None, "gender": rng.choice(["Female", "Male", None]), "image": None,
        "updated": 1700000000, "_links": {"self": {"href": f"https://api.tvmaze.com/people/{pid}"}},
    }


def title(rng):
    return " ".join(w.capitalize() for w in rng.sample(WORDS, rng.randint(1, 3)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--episodes", type=int, default=1000)
    parser.add_argument("--cast", type=int, default=300)
    parser.add_argument("--crew", type=int, default=40)
    parser.add_argument("--id", type=int, default=90001)
    parser.add_argument("--name", default="Generated Harbor")
    args = parser.parse_args()
    rng = random.Random(args.id)
    per_season = 20
    seasons = max(1, (args.episodes + per_season - 1) // per_season)
    channel = {"id": 1, "name": "Netflix", "country": None, "officialSite": "https://www.netflix.com/"}
    episodes = []
    eid = args.id * 100000
    for index in range(args.episodes):
        season, number = index // per_season + 1, index % per_season + 1
        special = number == per_season and season % 3 == 0
        eid += 1
        episodes.append({
            "id": eid, "url": f"https://www.tvmaze.com/episodes/{eid}/x", "name": title(rng),
            "season": season, "number": None if special else number,
            "type": "significant_special" if special else "regular",
            "airdate": f"{2000 + season}-0{number % 9 + 1}-1{number % 10}", "airtime": "",
            "airstamp": f"{2000 + season}-0{number % 9 + 1}-1{number % 10}T12:00:00+00:00",
            "runtime": rng.choice([None, 42, 55]),
            "rating": {"average": rng.choice([None, round(rng.uniform(5, 9.5), 1)])},
            "image": None,
            "summary": rng.choice([None, "", f"<p>The {title(rng).lower()} &amp; the <b>{title(rng).lower()}</b>.</p>"]),
            "_links": {"self": {"href": f"https://api.tvmaze.com/episodes/{eid}"}},
        })
    cast = []
    for index in range(args.cast):
        pid = args.id * 1000 + index
        cid = args.id * 1000 + index
        cast.append({
            "person": person(rng, pid),
            "character": {"id": cid, "url": f"https://www.tvmaze.com/characters/{cid}/x",
                          "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "image": None,
                          "_links": {"self": {"href": f"https://api.tvmaze.com/characters/{cid}"}}},
            "self": index % 50 == 49, "voice": index % 30 == 29,
        })
    crew = [{"type": rng.choice(["Creator", "Executive Producer", "Director", "Writer"]),
             "person": person(rng, args.id * 1000 + args.cast + index)} for index in range(args.crew)]
    show = {
        "id": args.id, "url": f"https://www.tvmaze.com/shows/{args.id}/x", "name": args.name,
        "type": "Scripted", "language": "English", "genres": ["Drama"], "status": "Running",
        "runtime": None, "averageRuntime": 50, "premiered": "2001-01-10", "ended": None,
        "officialSite": None, "schedule": {"time": "", "days": []}, "rating": {"average": 8.0},
        "weight": 50, "network": None, "webChannel": channel, "dvdCountry": None,
        "externals": {"tvrage": None, "thetvdb": None, "imdb": None}, "image": None,
        "summary": "<p>A generated show.</p>", "updated": 1717000000,
        "_links": {"self": {"href": f"https://api.tvmaze.com/shows/{args.id}"}},
        "_embedded": {
            "seasons": [{"id": args.id * 100 + s, "url": "https://www.tvmaze.com/seasons/x", "number": s,
                         "name": "", "episodeOrder": per_season, "premiereDate": f"{2000 + s}-01-10",
                         "endDate": None, "network": None, "webChannel": channel, "image": None,
                         "summary": None, "_links": {"self": {"href": "https://api.tvmaze.com/seasons/x"}}}
                        for s in range(1, seasons + 1)],
            "episodes": episodes, "cast": cast, "crew": crew,
        },
    }
    with open(args.out, "w") as out:
        json.dump(show, out)


if __name__ == "__main__":
    main()
