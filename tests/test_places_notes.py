"""Conflict and protest notes naming small towns, districts and homonyms: placed within 50 km.

Each note is ours, written in the style of conflict-monitoring notes; the coordinates are
those of the town (or the centre of the division) from an atlas. The event is the
first event the pipeline codes in it (else the sentence's main verb), placed as the
pipeline places it.
"""

from __future__ import annotations

import math
from datetime import date

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Location

NOTES: list[tuple[str, float, float]] = [
    # Afghanistan, Pakistan, India, Bangladesh, Nepal, Sri Lanka
    ("Taliban fighters attacked a police checkpoint in Lashkargah city, Helmand.", 31.59, 64.37),
    ("Gunmen killed two shopkeepers in Jalalabad, Nangarhar.", 34.43, 70.45),
    ("Police arrested a suspected bomber in Ghazni city.", 33.55, 68.42),
    ("Fighting spread in the western province of Herat.", 34.35, 62.2),
    ("Protesters blocked the national highway in Hyderabad, Sindh.", 25.39, 68.37),
    ("Police detained opposition activists in Hyderabad, Telangana.", 17.38, 78.47),
    ("Militants attacked a checkpost in Bannu, Khyber Pakhtunkhwa.", 32.99, 70.60),
    ("A blast killed three laborers in Quetta.", 30.18, 67.0),
    ("Villagers protested in Shopian district of Kashmir.", 33.72, 74.83),
    ("Garment workers demonstrated in Gazipur over unpaid wages.", 24.0, 90.42),
    ("Traders clashed with police in Birgunj.", 27.01, 84.87),
    ("Fishermen protested in Jaffna against foreign trawlers.", 9.66, 80.02),
    # Syria, Lebanon, Iraq, Yemen, Palestine, Iran, Turkey
    ("Regime forces shelled Saraqib in Idlib province.", 35.86, 36.80),
    ("Turkish-backed factions clashed with SDF fighters near Manbij.", 36.53, 37.95),
    ("An airstrike hit a market in Ariha, Idlib.", 35.81, 36.61),
    ("Protesters blocked roads in Tripoli, Lebanon, over fuel shortages.", 34.44, 35.85),
    ("An Israeli strike hit a car near Nabatieh.", 33.38, 35.48),
    ("A bomb exploded in a market in Tuz Khurmatu, Salahuddin.", 34.88, 44.63),
    ("Protesters stormed the provincial council building in Nasiriyah.", 31.05, 46.26),
    ("Houthi forces shelled residential areas in Taiz.", 13.58, 44.02),
    ("Heavy clashes erupted near Marib city.", 15.46, 45.33),
    ("Troops raided homes in Jenin.", 32.46, 35.30),
    ("An airstrike destroyed a house in Khan Younis.", 31.34, 34.31),
    ("Security forces fired on protesters in Zahedan.", 29.50, 60.86),
    ("Police detained Kurdish activists in Diyarbakir.", 37.91, 40.23),
    # North Africa, Sahel, West and Central Africa
    ("Rival militias clashed in Tripoli, Libya, on Friday.", 32.89, 13.19),
    ("Young people clashed with police in Kasserine.", 35.17, 8.83),
    ("Protesters marched in Bejaia against the elections.", 36.75, 5.08),
    ("Residents protested in Jerada over the closure of the mines.", 34.31, -2.16),
    ("Villagers clashed with police in Minya.", 28.10, 30.75),
    ("Jihadists attacked an army post near Menaka.", 15.92, 2.40),
    ("Militants killed twelve civilians in Djibo, Soum province.", 14.10, -1.63),
    ("Gunmen ambushed a patrol near Tillaberi.", 14.21, 1.45),
    ("Boko Haram fighters attacked Monguno in Borno state.", 12.67, 13.61),
    ("Herders clashed with farmers near Makurdi, Benue.", 7.73, 8.54),
    ("Separatists burned a school in Kumba, South-West region.", 4.64, 9.45),
    ("Rebels attacked an army post near Abeche.", 13.83, 20.83),
    ("Armed men attacked the town of Bambari.", 5.76, 20.67),
    ("Supporters of the two candidates clashed in Bouake.", 7.69, -5.03),
    ("Protesters torched a building in Ziguinchor.", 12.58, -16.27),
    # East and Southern Africa
    ("Al-Shabaab fighters attacked a military base in Beledweyne.", 4.74, 45.20),
    ("A roadside bomb struck a convoy near Afgoye.", 2.14, 45.12),
    ("Police fired tear gas at protesters in Kisumu.", -0.10, 34.76),
    ("Students protested in Ambo, Oromia.", 8.98, 37.86),
    ("Paramilitary forces shelled El Fasher in North Darfur.", 13.63, 25.35),
    ("Rebels attacked villages near Beni, North Kivu.", 0.49, 29.47),
    ("Insurgents attacked Palma in Cabo Delgado.", -10.77, 40.47),
    ("Police dispersed traders in the eastern town of Soroti.", 1.71, 33.61),
    ("Cattle raiders attacked villages near Bor, Jonglei.", 6.21, 31.56),
    ("Residents burned tyres in Soweto over power cuts.", -26.27, 27.86),
    ("Vendors clashed with municipal police in Bulawayo.", -20.15, 28.58),
    # South-East and East Asia, Central Asia
    ("Soldiers raided a village near Lashio.", 22.93, 97.75),
    ("A bomb exploded outside a school in Pattani.", 6.87, 101.25),
    ("Soldiers clashed with militants in Marawi.", 8.0, 124.29),
    ("Students protested in Makassar against fuel prices.", -5.14, 119.42),
    ("Factory workers protested in Shenzhen over unpaid wages.", 22.55, 114.06),
    ("Protesters gathered in Osh after the vote.", 40.53, 72.80),
    ("Clashes broke out in Khorog between police and residents.", 37.49, 71.55),
    # Latin America and the Caribbean
    ("Fishermen protested outside the port authority in La Paz, Baja California Sur.", 24.14, -110.31),
    ("Miners marched in La Paz, Bolivia, demanding higher wages.", -16.50, -68.15),
    ("Residents protested over water shortages in Guanare, Portuguesa state.", 9.04, -69.74),
    ("Truck drivers blocked the highway in Iquique (Tarapaca).", -20.21, -70.15),
    ("Dissidents attacked a police station in Tumaco, Narino.", 1.80, -78.76),
    ("Indigenous protesters blocked the Pan-American highway near Popayan.", 2.44, -76.61),
    ("Farmers blocked roads in Juliaca.", -15.50, -70.13),
    ("Indigenous groups protested in Latacunga.", -0.93, -78.62),
    ("Landless workers occupied a farm near Maraba, Para.", -5.37, -49.12),
    ("Students clashed with police in San Pedro Sula.", 15.50, -88.03),
    ("Villagers blocked the road in Huehuetenango.", 15.32, -91.47),
    ("Gangs attacked residents in Gonaives.", 19.45, -72.69),
    ("Gunmen killed five people in Celaya, Guanajuato.", 20.52, -100.81),
    ("Students protested in Barinas over fuel shortages.", 8.62, -70.21),
    ("Police arrested students in Masaya.", 11.97, -86.09),
    # North America and Europe
    ("Protesters marched in Paris, Texas, on Saturday.", 33.66, -95.56),
    ("Protesters gathered outside the courthouse in Portland, Oregon.", 45.52, -122.68),
    ("Police dispersed a crowd in Boston, Lincolnshire.", 52.98, -0.03),
    ("Farmers blocked roads near Agen with tractors.", 44.20, 0.62),
    ("Farmers blocked a motorway near Lleida.", 41.62, 0.62),
    ("Russian shelling hit Kramatorsk overnight.", 48.72, 37.56),
    ("A drone struck an energy facility in Kremenchuk.", 49.07, 33.42),
    ("Police detained protesters in Yekaterinburg.", 56.84, 60.60),
    ("Opposition supporters rallied in Batumi.", 41.64, 41.64),
    ("Residents protested in Gyumri against the new law.", 40.79, 43.85),
    ("Students blocked a bridge in Novi Sad.", 45.25, 19.84),
    ("Dock workers went on strike in Piraeus.", 37.94, 23.65),
]

#: The share of notes that must be placed within 50 km.
REQUIRED = 0.85


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _place(pipeline: Pipeline, text: str) -> Location | None:
    """The location of the note's first coded event; of its main verb when nothing is coded."""
    events = pipeline.code_article(Article(id="note", text=text, date=date(2024, 5, 2)))
    if events:
        return events[0].location
    sent = next(iter(pipeline.nlp(text).sents))
    return pipeline.places.locate(sent.root, sent=sent) or pipeline.places.mentioned(sent.root, sent=sent)


def test_places_notes_placed_within_50_km(pipeline: Pipeline) -> None:
    missed = []
    countries = set()
    for text, lat, lon in NOTES:
        loc = _place(pipeline, text)
        if loc is None or loc.lat is None or loc.lon is None or _km(loc.lat, loc.lon, lat, lon) > 50:
            missed.append((text, None if loc is None else (loc.name, loc.country, loc.lat, loc.lon)))
        else:
            countries.add(loc.country)
    assert len(NOTES) >= 80 and len(countries) >= 30
    share = 1 - len(missed) / len(NOTES)
    print(f"{share:.2f} of {len(NOTES)} notes placed within 50 km; missed: {missed}")
    assert share >= REQUIRED, f"{share:.2f} placed within 50 km; missed: {missed}"
