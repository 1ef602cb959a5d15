"""Phrase tables for event extraction: countries, titles, organisation words, places, triggers.

Data only: the extractor compiles what it needs from these tables once, at import.
Names are written as articles write them; matching is case-insensitive where the
extractor says so.
"""

from __future__ import annotations

#: canonical country name → the other ways articles name it (names and demonyms).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Vietnam": ("Viet Nam", "Vietnamese", "Việt Nam", "Socialist Republic of Vietnam"),
    "Laos": ("Lao", "Lao PDR", "Lao People's Democratic Republic", "Laotian"),
    "Cambodia": ("Cambodian", "Kingdom of Cambodia", "Khmer"),
    "Thailand": ("Thai",),
    "China": ("Chinese", "People's Republic of China", "PRC"),
    "Japan": ("Japanese",),
    "South Korea": ("Republic of Korea", "Korea", "Korean", "South Korean", "RoK", "ROK"),
    "North Korea": ("DPRK", "Democratic People's Republic of Korea", "North Korean"),
    "Myanmar": ("Burma", "Myanmar's", "Burmese"),
    "Malaysia": ("Malaysian",),
    "Singapore": ("Singaporean",),
    "Indonesia": ("Indonesian",),
    "Philippines": ("Philippine", "Filipino", "the Philippines"),
    "Brunei": ("Bruneian", "Brunei Darussalam"),
    "Timor-Leste": ("East Timor", "Timorese"),
    "India": ("Indian",),
    "Bangladesh": ("Bangladeshi",),
    "Pakistan": ("Pakistani",),
    "Sri Lanka": ("Sri Lankan",),
    "Nepal": ("Nepalese", "Nepali"),
    "Mongolia": ("Mongolian",),
    "Australia": ("Australian",),
    "New Zealand": ("New Zealander",),
    "United States": ("US", "U.S.", "USA", "United States of America", "American", "America"),
    "Canada": ("Canadian",),
    "Russia": ("Russian", "Russian Federation"),
    "Ukraine": ("Ukrainian",),
    "Belarus": ("Belarusian",),
    "Kazakhstan": ("Kazakh",),
    "Uzbekistan": ("Uzbek",),
    "France": ("French",),
    "Germany": ("German",),
    "United Kingdom": ("UK", "U.K.", "Britain", "British", "Great Britain"),
    "Italy": ("Italian",),
    "Spain": ("Spanish",),
    "Netherlands": ("Dutch", "the Netherlands"),
    "Belgium": ("Belgian",),
    "Switzerland": ("Swiss",),
    "Sweden": ("Swedish",),
    "Norway": ("Norwegian",),
    "Finland": ("Finnish",),
    "Denmark": ("Danish",),
    "Poland": ("Polish",),
    "Czech Republic": ("Czech", "Czechia"),
    "Hungary": ("Hungarian",),
    "Cuba": ("Cuban",),
    "Brazil": ("Brazilian",),
    "Argentina": ("Argentine", "Argentinian"),
    "Chile": ("Chilean",),
    "Mexico": ("Mexican",),
    "Turkey": ("Turkish", "Türkiye"),
    "Israel": ("Israeli",),
    "Iran": ("Iranian",),
    "Saudi Arabia": ("Saudi",),
    "United Arab Emirates": ("UAE", "Emirati"),
    "Qatar": ("Qatari",),
    "Egypt": ("Egyptian",),
    "South Africa": ("South African",),
    "Nigeria": ("Nigerian",),
    "Mozambique": ("Mozambican",),
    "Algeria": ("Algerian",),
    # the rest of the world's states, so that any pair is found (states whose names hold common given
    # names, such as Saint Vincent or the Solomon Islands, are left out: their words would stop people's names)
    "Afghanistan": ("Afghan",),
    "Albania": ("Albanian",),
    "Andorra": ("Andorran",),
    "Angola": ("Angolan",),
    "Armenia": ("Armenian",),
    "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani", "Azeri"),
    "Bahamas": ("Bahamian", "the Bahamas"),
    "Bahrain": ("Bahraini",),
    "Barbados": ("Barbadian",),
    "Belize": ("Belizean",),
    "Benin": ("Beninese",),
    "Bhutan": ("Bhutanese",),
    "Bolivia": ("Bolivian",),
    "Bosnia and Herzegovina": ("Bosnia", "Bosnian"),
    "Botswana": ("Botswanan", "Motswana"),
    "Bulgaria": ("Bulgarian",),
    "Burkina Faso": ("Burkinabe", "Burkinabè"),
    "Burundi": ("Burundian",),
    "Cameroon": ("Cameroonian",),
    "Cape Verde": ("Cabo Verde", "Cape Verdean"),
    "Central African Republic": (),
    "Chad": ("Chadian",),
    "Colombia": ("Colombian",),
    "Comoros": ("Comorian",),
    "Costa Rica": ("Costa Rican",),
    "Côte d'Ivoire": ("Ivory Coast", "Ivorian", "Cote d'Ivoire"),
    "Croatia": ("Croatian",),
    "Cyprus": ("Cypriot",),
    "Democratic Republic of the Congo": ("DR Congo", "DRC", "Congolese"),
    "Republic of the Congo": ("Congo-Brazzaville",),
    "Djibouti": ("Djiboutian",),
    "Dominican Republic": ("Dominican",),
    "Ecuador": ("Ecuadorian",),
    "El Salvador": ("Salvadoran",),
    "Equatorial Guinea": ("Equatoguinean",),
    "Eritrea": ("Eritrean",),
    "Estonia": ("Estonian",),
    "Eswatini": ("Swaziland", "Swazi"),
    "Ethiopia": ("Ethiopian",),
    "Fiji": ("Fijian",),
    "Gabon": ("Gabonese",),
    "Gambia": ("Gambian", "The Gambia"),
    "Georgia": ("Georgian",),
    "Ghana": ("Ghanaian",),
    "Greece": ("Greek", "Hellenic Republic"),
    "Guatemala": ("Guatemalan",),
    "Guinea": ("Guinean",),
    "Guinea-Bissau": ("Bissau-Guinean",),
    "Guyana": ("Guyanese",),
    "Haiti": ("Haitian",),
    "Honduras": ("Honduran",),
    "Iceland": ("Icelandic",),
    "Iraq": ("Iraqi",),
    "Ireland": ("Irish",),
    "Jamaica": ("Jamaican",),
    "Jordan": ("Jordanian",),
    "Kenya": ("Kenyan",),
    "Kiribati": (),
    "Kosovo": ("Kosovar",),
    "Kuwait": ("Kuwaiti",),
    "Kyrgyzstan": ("Kyrgyz",),
    "Latvia": ("Latvian",),
    "Lebanon": ("Lebanese",),
    "Lesotho": ("Basotho",),
    "Liberia": ("Liberian",),
    "Libya": ("Libyan",),
    "Liechtenstein": (),
    "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourgish",),
    "Madagascar": ("Malagasy",),
    "Malawi": ("Malawian",),
    "Maldives": ("Maldivian", "the Maldives"),
    "Mali": ("Malian",),
    "Malta": ("Maltese",),
    "Mauritania": ("Mauritanian",),
    "Mauritius": ("Mauritian",),
    "Micronesia": ("Micronesian",),
    "Moldova": ("Moldovan",),
    "Monaco": ("Monegasque",),
    "Montenegro": ("Montenegrin",),
    "Morocco": ("Moroccan",),
    "Namibia": ("Namibian",),
    "Nauru": ("Nauruan",),
    "Nicaragua": ("Nicaraguan",),
    "Niger": ("Nigerien",),
    "North Macedonia": ("Macedonia", "Macedonian", "North Macedonian"),
    "Oman": ("Omani",),
    "Palau": ("Palauan",),
    "Palestine": ("Palestinian",),
    "Panama": ("Panamanian",),
    "Papua New Guinea": ("PNG",),
    "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",),
    "Portugal": ("Portuguese",),
    "Romania": ("Romanian",),
    "Rwanda": ("Rwandan",),
    "Samoa": ("Samoan",),
    "San Marino": ("Sammarinese",),
    "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",),
    "Seychelles": ("Seychellois",),
    "Sierra Leone": ("Sierra Leonean",),
    "Slovakia": ("Slovak",),
    "Slovenia": ("Slovenian",),
    "Somalia": ("Somali",),
    "South Sudan": ("South Sudanese",),
    "Sudan": ("Sudanese",),
    "Suriname": ("Surinamese",),
    "Syria": ("Syrian",),
    "Taiwan": ("Taiwanese",),
    "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",),
    "Togo": ("Togolese",),
    "Tonga": ("Tongan",),
    "Trinidad and Tobago": ("Trinidadian",),
    "Tunisia": ("Tunisian",),
    "Turkmenistan": ("Turkmen",),
    "Tuvalu": ("Tuvaluan",),
    "Uganda": ("Ugandan",),
    "Uruguay": ("Uruguayan",),
    "Vanuatu": ("Vanuatuan",),
    "Venezuela": ("Venezuelan",),
    "Yemen": ("Yemeni",),
    "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",),
}

#: words that make an event multilateral when they name the gathering or pact itself.
MULTILATERAL: tuple[str, ...] = (
    "ASEAN", "APEC", "G20", "G7", "United Nations", "UN ", "East Asia Summit", "Mekong-Lancang",
    "Lancang-Mekong", "Mekong-Japan", "Mekong", "BRICS", "RCEP", "CPTPP", "WTO", "Interpol", "ASEANAPOL",
    "multilateral", "World Economic Forum", "Shangri-La", "Group of Seven", "Group of 20", "G-7", "G-20",
    "CELAC", "Community of Latin American", "Mercosur", "European Union", "EU", "NATO", "African Union", "Arab League",
    "Gulf Cooperation Council", "GCC", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO",
    "Commonwealth of Independent States", "CSTO", "Organization of Turkic States", "OIC", "SAARC", "BIMSTEC", "IGAD",
    "ECOWAS", "SADC", "East African Community", "OSCE", "Pacific Islands Forum", "CICA", "Quad",
    "regional summit", "Continental Free Trade", "AfCFTA",
    # the Arab and Islamic bodies of Middle East copy: "the Extraordinary Joint Arab-Islamic summit hosted by Riyadh"
    "Arab-Islamic", "Arab Interior Ministers", "League of Arab States", "Arab summit", "Islamic Cooperation",
    "Arab countries", "Arab states", "Islamic countries",  # "dialogue among Arab countries": all of them, not two
    # Europe's and Eurasia's many-sided formats and yearly gatherings
    "Munich Security Conference", "Munich Conference", "Eastern Economic Forum", "International Economic Forum",
    "Eastern Partnership", "Bucharest Nine", "Bucharest 9", "Visegrad", "Three Seas", "Contact Group", "Ramstein",
    "Eurasian Economic Union", "EEU", "EAEU", "Eurasian Intergovernmental Council", "Supreme Eurasian Economic Council", "Council of Europe",
    "Black Sea Economic Cooperation", "GUAM",
    # world events a country bids for or hosts: "the 2030 World Expo", "the Asian Games"
    "World Expo", "Olympic", "Olympics", "Asian Games", "World Cup",
    # many countries by name: "the 7th international meeting of senior security officials"
    "international meeting", "international conference", "international forum", "international symposium",
)

#: titles, ranks and honorifics dropped from participants' names (matched case-sensitively, with
#: or without a trailing full stop).
TITLES: frozenset[str] = frozenset(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Madam Madame H.E. HE Excellency His Her
    Royal Highness Majesty General Gen Lieutenant Lieut Lt Colonel Col Major Maj Senior Sen Captain Capt Admiral Adm
    Brigadier Brig Commander Cmdr Marshal Sergeant Sgt Police Major-General Lieutenant-General
    Minister Deputy Vice Prime President President-elect Minister-elect Premier-elect Chancellor-elect Chairman Chairwoman Chair Chairperson Secretary General-Secretary
    Secretary-General Ambassador Governor Mayor Director Director-General Chief Head Premier King Queen
    Prince Princess Crown Emperor Sultan Speaker Permanent Standing Acting Politburo Member
    Counsellor Consul Consul-General Envoy Commissioner Inspector Official Spokesperson Spokesman
    counterpart counterparts predecessor successor chief minister secretary president premier ambassador envoy spokesperson spokesman chairman chancellor
    PM FM
    Datuk Dato Dato' Datin Datuk-Seri Seri Tun Toh-Puan Haji Hajjah Pehin Samdech Excellence Bapak Ibu""".split()
)

#: nouns after a possessive name that name someone else ("Lee's predecessor", "the president's wife"):
#: the name before them is not a person taking part
KIN_OF_A_NAME: frozenset[str] = frozenset(
    """predecessor predecessors successor wife husband spouse son daughter father mother widow brother sister
    aide aides adviser advisor spokesman spokeswoman spokesperson""".split()
)

#: words that belong to names of organisations and offices, not of people; a person's name
#: never contains them, and a run of capitalised words is cut after the last of them.
ORG_WORDS: frozenset[str] = frozenset(
    """Ministry Ministries Public Security Affairs Defence Defense Foreign Home Interior Justice Police
    Force Forces Army Navy Border Guard Guards Department Office Committee Commission Council Assembly
    Government Party Central People's People Republic Democratic Socialist Academy University Bank
    Agency Administration Authority Embassy Consulate Province Provincial City Municipal District
    National State General Staff Command Office Court Procuracy Supreme Customs Immigration Trade
    Industry Finance Planning Investment Transport Health Education Culture Information
    Communications Agriculture Energy Labour Commerce Federation Union Association Organisation
    Organization Corporation Group Company Co Ltd JSC Institute Center Centre Bureau Service
    Inspectorate Secretariat Front Youth Women's Television Radio News Agency Times Post Daily
    Minister Ministers Prime Deputy President Chairman Secretary Ambassador Director
    Conference Summit Forum Meeting Memorandum Understanding Agreement Plan Treaty Protocol
    Cooperation Friendship Solidarity Year Day Week Month Relations""".split()
)

#: capitals and large cities that events are commonly located in (a location is also any
#: country name after "in", or a capitalised place after "in"/"at" in a gathering clause).
PLACES: tuple[str, ...] = (
    "Hanoi", "Ha Noi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Hue", "Can Tho", "Nha Trang",
    "Quang Ninh", "Ha Tinh", "Nghe An", "Dien Bien", "Son La", "Thanh Hoa", "Quang Tri", "Kon Tum",
    "Vientiane", "Luang Prabang", "Savannakhet", "Champasak", "Pakse", "Xieng Khouang", "Bokeo",
    "Phnom Penh", "Siem Reap", "Sihanoukville", "Battambang",
    "Bangkok", "Chiang Mai", "Nong Khai", "Udon Thani",
    "Beijing", "Shanghai", "Kunming", "Nanning", "Guangzhou", "Shenzhen", "Hong Kong",
    "Tokyo", "Osaka", "Kyoto", "Seoul", "Busan", "Pyongyang",
    "Naypyidaw", "Yangon", "Kuala Lumpur", "Singapore", "Jakarta", "Bali", "Manila", "Bandar Seri Begawan",
    "Dili", "New Delhi", "Delhi", "Dhaka", "Islamabad", "Colombo", "Kathmandu", "Ulaanbaatar",
    "Canberra", "Sydney", "Wellington", "Washington", "New York", "Ottawa", "Moscow", "Kyiv", "Minsk",
    "Astana", "Tashkent", "Paris", "Berlin", "London", "Rome", "Madrid", "Brussels", "Geneva",
    "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Warsaw", "Prague", "Budapest", "Havana",
    "Brasilia", "Buenos Aires", "Mexico City", "Ankara", "Tehran", "Riyadh", "Abu Dhabi", "Dubai",
    "Doha", "Cairo", "Pretoria", "Abuja", "Maputo", "Algiers",
    # other capitals and summit cities (names that are also people's or buildings' names, such as Victoria,
    # Sofia or Hyderabad (House), left out)
    "Kabul", "Tirana", "Luanda", "Yerevan", "Vienna", "Baku", "Manama", "Porto-Novo", "Thimphu",
    "La Paz", "Sarajevo", "Gaborone", "Ouagadougou", "Gitega", "Bujumbura", "Yaounde", "Yaoundé",
    "Praia", "Bangui", "N'Djamena", "Bogota", "Bogotá", "San Jose", "Abidjan", "Yamoussoukro", "Zagreb", "Nicosia",
    "Kinshasa", "Brazzaville", "Djibouti", "Santo Domingo", "Quito", "San Salvador", "Malabo", "Asmara",
    "Tallinn", "Addis Ababa", "Suva", "Libreville", "Banjul", "Tbilisi", "Accra", "Athens", "Guatemala City",
    "Conakry", "Georgetown", "Port-au-Prince", "Tegucigalpa", "Reykjavik", "Baghdad", "Dublin", "Kingston",
    "Amman", "Nairobi", "Pristina", "Kuwait City", "Bishkek", "Riga", "Beirut", "Maseru", "Monrovia", "Tripoli",
    "Vilnius", "Antananarivo", "Lilongwe", "Bamako", "Valletta", "Nouakchott", "Port Louis", "Chisinau",
    "Podgorica", "Rabat", "Windhoek", "Managua", "Niamey", "Skopje", "Muscat", "Ramallah", "Panama City",
    "Port Moresby", "Asuncion", "Asunción", "Lima", "Lisbon", "Bucharest", "Kigali", "Dakar", "Belgrade",
    "Freetown", "Bratislava", "Ljubljana", "Mogadishu", "Juba", "Khartoum", "Paramaribo", "Damascus", "Taipei",
    "Dushanbe", "Dodoma", "Dar es Salaam", "Lome", "Lomé", "Port of Spain", "Tunis", "Istanbul", "Ashgabat",
    "Kampala", "Montevideo", "Caracas", "Sanaa", "Lusaka", "Harare", "Amsterdam", "The Hague", "Bern",
    "Zurich", "Davos", "Jeddah", "Cape Town", "Johannesburg", "Karachi", "Lahore", "Mumbai", "Chennai",
    "Kolkata", "Bengaluru", "Chittagong", "Almaty", "Samarkand", "Vladivostok", "St Petersburg",
    "Saint Petersburg", "Hiroshima", "Nagoya", "Fukuoka", "Okinawa", "Incheon", "Jeju", "Surabaya", "Bandung",
    "Penang", "Johor Bahru", "Putrajaya", "Cebu", "Davao", "Mandalay", "Phuket", "Pattaya", "Hainan", "Chongqing",
    "Chengdu", "Xiamen", "Wuhan", "Tianjin", "Auckland", "Melbourne", "Perth", "Brisbane",
)
