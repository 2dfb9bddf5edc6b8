#!/usr/bin/env python3
"""Write a deterministic, valid tvbrowse pack of N entities, for benchmarks.

Usage: make_pack.py N [SEED] > pack.json

The pack is shaped like the built-in one (Resources/pack.json, docs/PACK_FORMAT.md): a
show, seasons, episodes, characters, people, credits (an actor for every character, jobs
for the crew), plot threads, and sources - articles with their texts inline and a few
dozen outlets they report from. Every entity but a credit has a summary; most carry
citations and some carry facts, a few of them disagreements between two articles. Every
quote stands verbatim in its article's text (now and then with typographic apostrophes or
a line break where the quote has a plain one or a space, which the quote matcher folds),
every reference resolves and every entity is reached, so `tvbrowse validate` passes.

N counts every entity, the show included (for N of 100 and more): about 1% seasons, 19%
episodes, 18% characters, 20% people, 24% credits, 8% plot threads, the rest sources.
Names come from the same syllables as make_corpus.py, with some accented and Chinese,
Japanese, Korean and Russian names. An article holds about ten cited sentences, whatever
N; the outlets (one per 400 entities, at most 24) are each reported from by a share of
all citations that grows with N, as a few big outlets are in a real show's press. The
same N and SEED always give the same bytes (the seed defaults to 13).
"""
import json
import random
import sys

from make_corpus import FAR_NAMES, TITLE_WORDS, person

OUTLETS = (
    "Variety Deadline Collider Bustle Elite-Daily Vulture Instagram Twitter TVLine "
    "Entertainment-Weekly IndieWire Screen-Rant The-Wrap Hollywood-Reporter Decider Polygon "
    "Uproxx Slate Vox The-Ringer Refinery29 Teen-Vogue Seventeen Cosmopolitan"
).split()
VERBS = (
    "returns to", "confronts", "is haunted by", "lies about", "discovers", "hides",
    "testifies about", "remembers", "breaks down over", "won't talk about",
)
TOPICS = (
    "the tapes", "the trial", "the night of the party", "the Polaroids", "Hannah's death",
    "the bench at the park", "what happened at the dance", "the letter",
)
ROLES = (
    "a student at Liberty High", "a teacher who saw too little", "a parent looking for answers",
    "a friend who keeps Hannah's secret", "a witness at the trial", "a reporter for the school paper",
)
JOBS = ("Series creator", "Executive producer", "Director", "Writer", "Composer", "Showrunner")


def slug(text):
    """Lowercase ASCII letters and digits of `text`, joined by single hyphens."""
    groups, current = [], ""
    for character in text.lower():
        if "a" <= character <= "z" or "0" <= character <= "9":
            current += character
        elif current:
            groups.append(current)
            current = ""
    if current:
        groups.append(current)
    return "-".join(groups)


def title(rng):
    """An episode or thread title of two to four capitalised words."""
    words = [rng.choice(TITLE_WORDS).capitalize() for _ in range(rng.randint(2, 4))]
    return "The " + " ".join(words)


class PackWriter:
    """Builds the pack's entities and the article texts their quotes come from."""

    def __init__(self, count, rng):
        self.rng = rng
        self.count = max(count, 12)
        share = lambda fraction, least=1: max(least, int(self.count * fraction))
        self.seasons = share(0.01)
        self.episodes = share(0.19)
        self.characters = share(0.18)
        self.people = share(0.20)
        self.credits_for_jobs = share(0.24) - self.characters
        self.threads = share(0.08)
        self.outlets = min(len(OUTLETS), max(1, self.count // 400))
        used = 1 + self.seasons + self.episodes + self.characters + self.people
        used += self.characters + self.credits_for_jobs + self.threads + self.outlets
        self.articles = max(1, self.count - used)
        # Sentences of each article, filled as citations quote them.
        self.texts = [[] for _ in range(self.articles)]
        self.next_article = 0

    def cite(self, sentence):
        """A citation of `sentence`, which is added to the next article's text."""
        rng = self.rng
        article = self.next_article % self.articles
        self.next_article += 1
        written = sentence
        if "'" in sentence and rng.random() < 0.3:
            written = sentence.replace("'", "\u2019")
        if " " in sentence and rng.random() < 0.1:
            cut = sentence.index(" ")
            written = written[:cut] + "\n" + written[cut + 1 :]
        self.texts[article].append(written + ".")
        citation = {"source": f"article-{article + 1}", "quote": sentence}
        if rng.random() < 0.3:
            citation["via"] = f"outlet-{rng.randrange(self.outlets) + 1}"
        return citation

    def common(self, kind, index, name, about):
        """The fields every named entity has: id, name, summary, a citation, maybe a fact."""
        rng = self.rng
        entity = {"id": f"{kind}-{index}-{slug(name)}".rstrip("-"), "name": name}
        if rng.random() < 0.2:
            entity["aliases"] = [name.split()[0]]
        entity["summary"] = f"{name} {about}"
        if rng.random() < 0.8:
            said = about if rng.random() < 0.5 else f"{rng.choice(VERBS)} {rng.choice(TOPICS)}"
            entity["citations"] = [self.cite(f"{name} {said}")]
        if rng.random() < 0.15:
            first = self.cite(f"{name} will be back for season {rng.randint(1, 30)}")
            claims = [{"value": "Returns", "citations": [first]}]
            if rng.random() < 0.3:
                second = self.cite(f"it is not yet known whether {name} is back")
                claims.append({"value": "Not confirmed", "citations": [second]})
            entity["facts"] = [{"label": "Return", "claims": claims}]
        return entity

    def person_name(self):
        """A person's name, now and then from another script."""
        if self.rng.random() < 0.03:
            return f"{self.rng.choice(FAR_NAMES)} {self.rng.randint(1, 999)}"
        return person(self.rng)

    def build(self):
        rng = self.rng
        show = self.common("show", 1, "Liberty Tapes", "is a drama about a town's secrets")
        seasons = [
            self.common("season", i, f"Season {i}", f"is season {i} of the show")
            for i in range(1, self.seasons + 1)
        ]
        for i, season in enumerate(seasons, 1):
            season["number"] = i
        episodes = []
        for i in range(1, self.episodes + 1):
            season = rng.randrange(self.seasons)
            name = title(rng)
            episode = self.common("episode", i, name, f"is an episode of season {season + 1}")
            episode["season"] = seasons[season]["id"]
            episode["number"] = i // self.seasons + 1
            episodes.append(episode)
        characters = []
        for i in range(1, self.characters + 1):
            name = person(rng)
            characters.append(self.common("character", i, name, f"is {rng.choice(ROLES)}"))
        people = []
        for i in range(1, self.people + 1):
            name = self.person_name()
            people.append(self.common("person", i, name, "works on the show"))
        credits = []
        crew = people[self.characters :] or people
        for i, (character, actor) in enumerate(zip(characters, people), 1):
            credit = {"id": f"credit-{i}", "person": actor["id"], "character": character["id"]}
            credit["citations"] = [self.cite(f"{character['name']} ({actor['name']})")]
            credits.append(credit)
        for i in range(self.credits_for_jobs):
            member = crew[i % len(crew)]
            job = rng.choice(JOBS)
            credit = {"id": f"credit-{len(credits) + 1}", "person": member["id"], "job": job}
            credit["citations"] = [self.cite(f"{job} {member['name']}")]
            credits.append(credit)
        threads = []
        for i in range(1, self.threads + 1):
            name = title(rng)
            thread = self.common("thread", i, name, "is a story that runs through the seasons")
            picked = rng.sample(characters, min(len(characters), rng.randint(1, 4)))
            thread["characters"] = [character["id"] for character in picked]
            thread["seasons"] = [rng.choice(seasons)["id"]]
            if rng.random() < 0.1:
                thread["cliffhanger"] = True
            threads.append(thread)
        # Every article must be cited: top up the ones the entities left empty.
        for article in range(self.articles):
            while len(self.texts[article]) < 1:
                self.texts[article].append("Filming begins in the spring.")
                show.setdefault("citations", []).append(
                    {"source": f"article-{article + 1}", "quote": "Filming begins in the spring"}
                )
        outlets = []
        for i in range(1, self.outlets + 1):
            name = OUTLETS[i - 1].replace("-", " ")
            outlet = {"id": f"outlet-{i}", "kind": "outlet", "name": name}
            outlet["summary"] = "A publication the articles report from."
            outlets.append(outlet)
            # An outlet nothing reports from is cited once by the show, so that it is reached.
            show.setdefault("citations", []).append(self.cite(f"{name} reported it first"))
            show["citations"][-1]["via"] = outlet["id"]
        articles = []
        for i, sentences in enumerate(self.texts, 1):
            articles.append(
                {
                    "id": f"article-{i}",
                    "kind": "article",
                    "name": f"{title(rng)}: what we know",
                    "text": " ".join(sentences),
                }
            )
        return {
            "format": "tvbrowse-pack",
            "version": 1,
            "show": show,
            "sources": articles + outlets,
            "seasons": seasons,
            "episodes": episodes,
            "characters": characters,
            "people": people,
            "credits": credits,
            "threads": threads,
        }


def render(pack):
    """The pack as JSON text, one entity to a line."""
    compact = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    lines = ["{"]
    for key, value in pack.items():
        if isinstance(value, list):
            items = ",\n".join("  " + compact(item) for item in value)
            lines.append(f'"{key}": [\n{items}\n],' if value else f'"{key}": [],')
        else:
            lines.append(f'"{key}": {compact(value)},')
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) == 3 else 13)
    pack = PackWriter(count, rng).build()
    sys.stdout.write(render(pack))


if __name__ == "__main__":
    main()
