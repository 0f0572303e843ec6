"""Country names, as coordinators type them, to ISO 3166-1 alpha-2 codes.

pycountry knows the English names (short, official and common: "Korea, Republic of",
"Kyrgyzstan", "Türkiye") and every code. The table below adds the Russian, Kazakh and native
names and the everyday variants of the programme's partner countries, which pycountry does not
carry. Matching ignores case, dots, commas, brackets and extra spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# alpha-2: Russian | Kazakh | native and common variants, separated by "|".
_ALIASES: dict[str, str] = {
    "KZ": "Казахстан|Республика Казахстан|РК|Қазақстан|Қазақстан Республикасы|Kazakstan|Qazaqstan",
    "KG": "Кыргызстан|Киргизия|Кыргызская Республика|Киргизстан|Қырғызстан|Кыргыз Республикасы"
    "|Kyrgyz Republic|Kirghizia|Kirgizia",
    "UZ": "Узбекистан|Республика Узбекистан|Өзбекстан|O'zbekiston|Oʻzbekiston|Ўзбекистон",
    "TJ": "Таджикистан|Республика Таджикистан|Тәжікстан|Тоҷикистон|Tajikistan",
    "TM": "Туркменистан|Туркмения|Түрікменстан|Türkmenistan",
    "AZ": "Азербайджан|Азербайджанская Республика|Әзірбайжан|Azərbaycan|Azerbaijan Republic",
    "AM": "Армения|Республика Армения|Армения Республикасы|Հայաստան|Hayastan",
    "GE": "Грузия|Грузия Республикасы|Сакартвело|საქართველო|Sakartvelo",
    "MN": "Монголия|Моңғолия|Монгол Улс|Монгол|Mongol Uls",
    "RU": "Россия|Российская Федерация|РФ|Ресей|Ресей Федерациясы|Russia|Russian Federation",
    "BY": "Беларусь|Белоруссия|Республика Беларусь|Беларусь Республикасы|Belarus|Byelorussia",
    "UA": "Украина|Украина Республикасы|Україна|Ukraine",
    "MD": "Молдова|Молдавия|Республика Молдова|Moldova|Republica Moldova",
    "KR": "Южная Корея|Республика Корея|Корея|Оңтүстік Корея|Корея Республикасы|대한민국|한국"
    "|South Korea|Korea|Republic of Korea|Korea Rep|Korea (South)",
    "KP": "Северная Корея|КНДР|Солтүстік Корея|조선민주주의인민공화국|North Korea",
    "CN": "Китай|КНР|Китайская Народная Республика|Қытай|中国|中華人民共和國|China|PRC",
    "JP": "Япония|Жапония|日本|Nippon|Japan",
    "TR": "Турция|Түркия|Türkiye|Turkey|Turkiye",
    "IR": "Иран|Иран Ислам Республикасы|ایران|Iran",
    "AF": "Афганистан|Ауғанстан|افغانستان|Afghanistan",
    "PK": "Пакистан|پاکستان|Pakistan",
    "IN": "Индия|Үндістан|भारत|Bharat|India",
    "BD": "Бангладеш|বাংলাদেশ|Bangladesh",
    "LK": "Шри-Ланка|Шри Ланка|Sri Lanka",
    "NP": "Непал|नेपाल|Nepal",
    "VN": "Вьетнам|Вьетнам Республикасы|Việt Nam|Viet Nam|Vietnam",
    "TH": "Таиланд|Тайланд|ประเทศไทย|Thailand",
    "MY": "Малайзия|Malaysia",
    "ID": "Индонезия|Indonesia",
    "PH": "Филиппины|Филиппин|Pilipinas|Philippines",
    "SG": "Сингапур|Singapore",
    "AE": "ОАЭ|Объединённые Арабские Эмираты|Объединенные Арабские Эмираты|БАӘ"
    "|الإمارات|UAE|United Arab Emirates",
    "SA": "Саудовская Аравия|Сауд Арабиясы|السعودية|Saudi Arabia|KSA",
    "QA": "Катар|Қатар|قطر|Qatar",
    "EG": "Египет|Мысыр|مصر|Egypt",
    "JO": "Иордания|Иордания Хашимит Корольдігі|الأردن|Jordan",
    "IQ": "Ирак|العراق|Iraq",
    "LT": "Литва|Lietuva",
    "LV": "Латвия|Latvija",
    "EE": "Эстония|Eesti",
    "PL": "Польша|Польша Республикасы|Polska",
    "DE": "Германия|Германия Федеративтік Республикасы|Deutschland",
    "FR": "Франция",
    "GB": "Великобритания|Ұлыбритания|Англия|UK|U.K.|United Kingdom|Great Britain|England",
    "US": "США|Соединённые Штаты Америки|Соединенные Штаты|АҚШ|USA|U.S.A.|US|United States",
    "IT": "Италия|Italia",
    "ES": "Испания|España",
    "HU": "Венгрия|Magyarország",
    "RS": "Сербия|Србија|Srbija",
    "SI": "Словения|Slovenija",
    "XK": "Косово|Kosovo|Kosova",
    "IL": "Израиль|ישראל",
    "AU": "Австралия",
    "CA": "Канада",
}

_PUNCT = re.compile(r"[.,()\[\]\"'«»’‘`]+")
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    """A forgiving comparison key: case, punctuation, spaces and a leading 'the' do not matter."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    text = _PUNCT.sub(" ", text).replace("-", " ")
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                table.setdefault(_key(name), code)
        table.setdefault(_key(country.alpha_3), code)
    for code, names in _ALIASES.items():
        for name in names.split("|"):
            table[_key(name)] = code
    return table


@lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """The alpha-2 code for a country name or code as typed, or ``None`` when not recognised.

    Two letters are taken as an alpha-2 code only when such a code exists ("KZ", "kz").
    """
    text = value.strip()
    if not text:
        return None
    from course_manager.domain.rules import _alpha2_codes

    if len(text) == 2 and text.isascii() and text.upper() in _alpha2_codes():
        return text.upper()
    return _table().get(_key(text))
