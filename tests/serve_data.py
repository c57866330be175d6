"""A small store of hand-made events for the analysis, API and browser tests (no spaCy needed).

Sentences are written for these tests. Three kinds of events, with known counts:
- USAGOV and PRKGOV meet and accuse each other across 2019-2020 (a dyad both ways);
- CHNGOV and RUSGOV hold talks, some negated or hypothetical (not counted);
- one story whose title and sentence carry a <script> element, to check escaping.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from newsevents.records import Actor, Article, Event, Location, Plover, Trigger
from newsevents.store import Store

SCRIPT = '<script>window.__xss = 1</script>'
ACTORS = {code: Actor(text=code.lower(), code=code, country=code[:3], sector=code[3:] or None, name=code)
          for code in ("USAGOV", "PRKGOV", "CHNGOV", "RUSGOV", "USAMIL")}
PLACES = {"PRK": Location("Pyongyang", "PRK", 39.03, 125.75, 1871859),
          "RUS": Location("Moscow", "RUS", 55.75, 37.62, 524901),
          "USA": Location("Washington", "USA", 38.9, -77.04, 4140963)}


TALKS = ["Chinese diplomats held talks with Russian ministers in Moscow about grain.",
         "Beijing's envoy held talks with the Kremlin on Tuesday over pipeline tariffs and shipping lanes.",
         "Officials from China held talks with their Russian hosts, a communique from both sides stated later.",
         "During a snowy afternoon visit, a Chinese delegation held talks with Russia on border trade.",
         "China's foreign ministry denied that its deputy minister held talks with Russian officials.",
         "Analysts said Chinese negotiators might have held talks with Russian counterparts in secret."]


def _event(doc: str, i: int, sentence: str, trigger: str, source: str, target: str, cameo: str, day: date,
           status: str = "asserted", place: str | None = None) -> Event:
    quad, goldstein, plover = {"040": (1, 1.0, "CONSULT"), "112": (3, -2.0, "ACCUSE"),
                               "190": (4, -10.0, "ASSAULT")}[cameo]
    start = sentence.index(trigger)
    return Event(doc_id=doc, sentence_index=i, sentence=sentence,
                 trigger=Trigger(trigger, start, start + len(trigger)), source=ACTORS[source],
                 target=ACTORS[target], cameo=cameo, quad_class=quad, goldstein=goldstein,
                 plover=Plover(plover), status=status, date=day.isoformat(),  # type: ignore[arg-type]
                 date_precision="day", location=PLACES.get(place or ""), rule="test", confidence=0.9)


def articles() -> list[tuple[Article, list[Event]]]:
    out: list[tuple[Article, list[Event]]] = []
    start = date(2019, 1, 7)
    for k in range(24):  # one story a month: the US and North Korea
        day = start + timedelta(days=30 * k)
        doc = f"usprk-{k}"
        meet = f"American envoys met North Korean officials in Pyongyang for round {k} of talks."
        blame = f"North Korea blamed Washington for the stalled round {k}."
        events = [_event(doc, 0, meet, "met", "USAGOV", "PRKGOV", "040", day, place="PRK"),
                  _event(doc, 1, blame, "blamed", "PRKGOV", "USAGOV", "112", day)]
        if k % 3 == 0:
            shot = f"Soldiers fired on the border post during round {k}."
            events.append(_event(doc, 2, shot, "fired", "USAMIL", "PRKGOV", "190", day, place="PRK"))
        out.append((Article(id=doc, text=" ".join(e.sentence for e in events), date=day,
                            title=f"Round {k} of the talks", url=f"https://news.example/usprk/{k}"), events))
    for k in range(6):  # China and Russia: four counted talks, one negated, one hypothetical
        day = date(2020, 3, 2) + timedelta(days=7 * k)
        status = {4: "negated", 5: "hypothetical"}.get(k, "asserted")
        doc = f"chnrus-{k}"
        text = TALKS[k]
        out.append((Article(id=doc, text=text, date=day, title=f"Meeting {k}", url=f"https://wire.example/{k}"),
                    [_event(doc, 0, text, "held talks", "CHNGOV", "RUSGOV", "040", day, status, "RUS")]))
    text = f"A ministry spokesman said {SCRIPT} in a statement, then blamed Moscow."
    out.append((Article(id="xss", text=text, date=date(2020, 6, 1), title=f"Breaking {SCRIPT}",
                        url="javascript:alert(1)"),
                [_event("xss", 0, text, "blamed", "USAGOV", "RUSGOV", "112", date(2020, 6, 1))]))
    return out


def build_store(path: Path) -> Path:
    with Store(path) as store:
        for article, events in articles():
            store.add_article(article, events)
    return path
