#!/usr/bin/env python3
"""Write a deterministic corpus of names from a TV show's world, one per line.

Usage: make_corpus.py N [SEED] > corpus.txt

The benchmark input for tvbrowse-bench (see docs/PERFORMANCE.md). About 60% of the lines
are people ("First Last", sometimes with a middle initial), 20% are characters with a role
note ("First Last (as First Last)"), and 20% are episode titles ("S2E07 The Tape And The
Bridge"); about 3% of the lines are Japanese, Chinese, Korean or Russian names, and some
Latin first names carry accents (Zoë, Søren, Lucía, Chloé, Björn, Renée, Raphaël). Surnames
are built from syllables, so any N gives varied, realistic-length lines. The same N and SEED
always give the same bytes (the seed defaults to 13).
"""
import random
import sys

FIRST_NAMES = (
    "Hannah Clay Alex Jessica Bryce Tyler Zach Justin Tony Courtney Marcus Ryan Sheri "
    "Skye Olivia Andy Kevin Matt Lainie Katherine Dylan Miles Ross Alisha Brandon Devin "
    "Christian Selena Brian Jay Maria Jose Wei Aiko Zoë Søren Ana Fatima Priya Chen Yuki "
    "Lars Ingrid Pablo Lucía Noah Emma Liam Ava Mia Ethan Sofia Lucas Amara Kofi Nia Omar "
    "Leila Rafael Chloé Björn Renée Raphaël Grace Henry Ruby Felix Iris Hugo"
).split()
ONSETS = "b c d f g h j k l m n p r s t v w z bl br ch cr dr fl gr kr pl pr sh sl st th tr".split()
VOWELS = "a e i o u ai ea ee ie oa oo ou y".split()
CODAS = "n r s t l m nd rd ck th ll ss rt nt ng x".split()
ENDINGS = "son sen ton ford field wood ley berg stein man er ez ski ova ini elli dale".split()
FAR_NAMES = (
    "山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健", "王 伟", "李 娜", "张 敏",
    "刘 洋", "陈 静", "김 민준", "박 지훈", "Анна Иванова", "Дмитрий Смирнов",
    "Ольга Кузнецова", "Сергей Попов", "Мария Соколова",
)
TITLE_WORDS = (
    "night tape side secret party winter return truth lie storm house river memory "
    "silence letter promise game field light shadow echo road bridge garden window "
    "mirror dance fire heart stone bench polaroid jacket hallway"
).split()
CONNECTORS = "and of in at the".split()


def surname(rng):
    """A surname of one or two syllables, perhaps with a coda and a common ending."""
    name = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 2)))
    if rng.random() < 0.5:
        name += rng.choice(CODAS)
    if rng.random() < 0.6:
        name += rng.choice(ENDINGS)
    return name.capitalize()


def person(rng):
    """A first name and a surname, with a middle initial now and then."""
    if rng.random() < 0.15:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)[0]}. {surname(rng)}"
    return f"{rng.choice(FIRST_NAMES)} {surname(rng)}"


def episode(rng):
    """An episode code and a title of one to four words."""
    words = [rng.choice(TITLE_WORDS)]
    for _ in range(rng.randint(0, 3)):
        if rng.random() < 0.3:
            words.append(rng.choice(CONNECTORS))
        words.append(rng.choice(TITLE_WORDS))
    title = " ".join(word.capitalize() for word in words)
    return f"S{rng.randint(1, 30)}E{rng.randint(1, 26):02d} The {title}"


def line(rng):
    """One line of the corpus."""
    draw = rng.random()
    if draw < 0.03:
        name = rng.choice(FAR_NAMES)
        return f"{name} {rng.randint(1, 999)}" if rng.random() < 0.5 else name
    if draw < 0.6:
        return person(rng)
    if draw < 0.8:
        return f"{person(rng)} (as {person(rng)})"
    return episode(rng)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) == 3 else 13)
    out = sys.stdout
    for _ in range(count):
        out.write(line(rng) + "\n")


if __name__ == "__main__":
    main()
