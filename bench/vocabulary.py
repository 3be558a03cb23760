"""Word lists for the synthetic research graph: names by culture, places, fields, venues, title words."""

from __future__ import annotations

from itertools import accumulate

# (given names, family names) per culture, and how common each culture is (weights in percent).
CULTURES: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        14,
        (
            "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
            "David", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Emily", "Daniel",
        ),
        (
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson",
            "Thomas", "Moore", "Jackson", "White", "Harris", "Martin", "Thompson", "Clarke", "Walker", "Wright",
        ),
    ),
    (
        16,
        (
            "Wei", "Fang", "Jing", "Min", "Lei", "Yan", "Jun", "Li", "Hui", "Xin",
            "Hao", "Ying", "Tao", "Lin", "Qiang", "Xiaoming", "Yifan", "Zhiwei", "Mei", "Yuxuan",
        ),
        (
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
            "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo",
        ),
    ),
    (
        6,
        (
            "Lukas", "Anna", "Jonas", "Lena", "Felix", "Hannah", "Maximilian", "Sophie", "Paul", "Marie",
            "Tobias", "Katharina", "Jürgen", "Sabine", "Matthias", "Ute", "Florian", "Julia", "Stefan", "Birgit",
        ),
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Krüger",
        ),
    ),
    (
        5,
        (
            "Jean", "Marie", "Pierre", "Camille", "Louis", "Chloé", "Antoine", "Léa", "Nicolas", "Manon",
            "François", "Émilie", "Julien", "Céline", "Mathieu", "Aurélie", "Olivier", "Sandrine", "Guillaume",
            "Hélène",
        ),
        (
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
        ),
    ),
    (
        6,
        (
            "José", "María", "Juan", "Carmen", "Carlos", "Lucía", "Javier", "Ana", "Miguel", "Isabel",
            "Alejandro", "Sofía", "Diego", "Valentina", "Pablo", "Paula", "Andrés", "Camila", "Sergio", "Elena",
        ),
        (
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz",
            "Hernández", "Álvarez", "Ruiz", "Jiménez", "Moreno", "Muñoz", "Romero", "Navarro", "Torres", "Ramírez",
        ),
    ),
    (
        4,
        (
            "Giuseppe", "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Federica", "Matteo", "Sara",
            "Lorenzo", "Martina", "Andrea", "Elisa", "Stefano", "Valeria", "Davide", "Silvia", "Riccardo", "Alessia",
        ),
        (
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        ),
    ),
    (
        7,
        (
            "Hiroshi", "Yuki", "Takashi", "Haruka", "Kenji", "Aiko", "Satoshi", "Naoko", "Daisuke", "Yui",
            "Kazuki", "Sakura", "Takumi", "Emi", "Shota", "Misaki", "Ryo", "Ayaka", "Kenta", "Mai",
        ),
        (
            "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
            "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Saito",
        ),
    ),
    (
        5,
        (
            "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Joon-young", "Ji-woo", "Hyun-woo", "Soo-jin", "Dong-hyun",
            "Yeon-woo", "Sung-min", "Eun-ji", "Jae-won", "Hye-jin", "Tae-yang", "Mi-rae", "Young-ho", "Na-ri",
            "Sang-hoon", "Ye-jin",
        ),
        (
            "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
            "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong",
        ),
    ),
    (
        8,
        (
            "Aarav", "Priya", "Rahul", "Ananya", "Arjun", "Kavya", "Vikram", "Deepika", "Rohan", "Sneha",
            "Sanjay", "Lakshmi", "Amit", "Pooja", "Rajesh", "Divya", "Karthik", "Meera", "Suresh", "Nisha",
        ),
        (
            "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Mehta",
            "Joshi", "Desai", "Chatterjee", "Banerjee", "Mukherjee", "Menon", "Pillai", "Verma", "Agarwal", "Krishnan",
        ),
    ),
    (
        4,
        (
            "Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Ali", "Mariam", "Youssef", "Nour",
            "Hassan", "Salma", "Khaled", "Amira", "Tariq", "Huda", "Karim", "Rania", "Samir", "Yasmin",
        ),
        (
            "Al-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Hamdan", "Saleh", "Aziz", "Farouk", "Rahman",
            "El-Amin", "Hussein", "Ibrahim", "Abdullah", "Qureshi", "Bakr", "Darwish", "Suleiman", "Habib", "Karam",
        ),
    ),
    (
        4,
        (
            "Ivan", "Olga", "Dmitri", "Natalia", "Sergei", "Elena", "Alexei", "Tatiana", "Mikhail", "Irina",
            "Nikolai", "Svetlana", "Andrei", "Ekaterina", "Pavel", "Anastasia", "Vladimir", "Yulia", "Boris", "Marina",
        ),
        (
            "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov",
            "Fedorov", "Morozov", "Volkov", "Lebedev", "Kozlov", "Pavlov", "Orlov", "Nikolaev", "Sorokin", "Zaitsev",
            "Belov",
        ),
    ),
    (
        3,
        (
            "Lars", "Ingrid", "Erik", "Astrid", "Magnus", "Sigrid", "Anders", "Freja", "Nils", "Karin",
            "Henrik", "Linnea", "Olav", "Maja", "Søren", "Elin", "Bjørn", "Ida", "Gustav", "Siv",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen", "Jensen",
            "Nielsen", "Pedersen", "Berg", "Lindqvist", "Halvorsen", "Virtanen", "Korhonen", "Mäkinen", "Lund",
            "Dahl", "Holm",
        ),
    ),
    (
        4,
        (
            "Chinedu", "Ngozi", "Oluwaseun", "Amara", "Kwame", "Abena", "Tunde", "Folake", "Emeka", "Chiamaka",
            "Kofi", "Ama", "Baraka", "Wanjiru", "Juma", "Achieng", "Sipho", "Thandiwe", "Tendai", "Nia",
        ),
        (
            "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Owusu", "Eze", "Nwosu", "Abubakar", "Bello",
            "Mwangi", "Otieno", "Kamau", "Wanjiku", "Ndlovu", "Dlamini", "Moyo", "Banda", "Phiri", "Diallo",
        ),
    ),
    (
        5,
        (
            "João", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Gabriel", "Larissa", "Thiago", "Fernanda",
            "Rodrigo", "Juliana", "Bruno", "Letícia", "Gustavo", "Renata", "Felipe", "Tatiane", "Vinícius", "Luana",
        ),
        (
            "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira", "Almeida", "Ribeiro",
            "Rodrigues", "Costa", "Gomes", "Martins", "Araújo", "Barbosa", "Cardoso", "Rocha", "Nascimento",
            "Teixeira",
        ),
    ),
    (
        4,
        (
            "Mehmet", "Ayşe", "Mustafa", "Zeynep", "Emre", "Elif", "Can", "Selin", "Burak", "Deniz",
            "Reza", "Shirin", "Ali", "Parisa", "Hossein", "Maryam", "Arash", "Nazanin", "Kaveh", "Leila",
        ),
        (
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",  # noqa: RUF001
            "Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Rahimi", "Tehrani", "Sadeghi",
        ),
    ),
    (
        2,
        (
            "Anh", "Minh", "Linh", "Huy", "Thu", "Quang", "Lan", "Duc", "Hoa", "Tuan",
            "Mai", "Long", "Trang", "Hieu", "Ngoc", "Khanh", "Phuong", "Thanh", "Hung", "Van",
        ),
        (
            "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do",
            "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Trinh", "Cao",
        ),
    ),
    (
        3,
        (
            "Jan", "Sanne", "Pieter", "Femke", "Daan", "Lotte", "Bram", "Eva", "Joost", "Marieke",
            "Krzysztof", "Agnieszka", "Piotr", "Magdalena", "Tomasz", "Katarzyna", "Marcin", "Joanna", "Paweł",
            "Małgorzata",
        ),
        (
            "de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "Smit", "de Jong", "van den Berg", "Mulder", "Bos",
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Dąbrowski",
        ),
    ),
)  # fmt: skip

CULTURE_CUM = tuple(accumulate(weight for weight, _, _ in CULTURES))

CITIES: tuple[tuple[str, str], ...] = (
    ("Boston", "US"), ("Chicago", "US"), ("Houston", "US"), ("Seattle", "US"), ("Atlanta", "US"),
    ("Denver", "US"), ("Toronto", "CA"), ("Montreal", "CA"), ("Vancouver", "CA"), ("Mexico City", "MX"),
    ("São Paulo", "BR"), ("Rio de Janeiro", "BR"), ("Buenos Aires", "AR"), ("Santiago", "CL"), ("Bogotá", "CO"),
    ("Lima", "PE"), ("London", "GB"), ("Manchester", "GB"), ("Edinburgh", "GB"), ("Dublin", "IE"),
    ("Paris", "FR"), ("Lyon", "FR"), ("Marseille", "FR"), ("Berlin", "DE"), ("Munich", "DE"),
    ("Hamburg", "DE"), ("Heidelberg", "DE"), ("Zurich", "CH"), ("Geneva", "CH"), ("Vienna", "AT"),
    ("Amsterdam", "NL"), ("Utrecht", "NL"), ("Leuven", "BE"), ("Copenhagen", "DK"), ("Stockholm", "SE"),
    ("Uppsala", "SE"), ("Oslo", "NO"), ("Helsinki", "FI"), ("Madrid", "ES"), ("Barcelona", "ES"),
    ("Lisbon", "PT"), ("Milan", "IT"), ("Rome", "IT"), ("Bologna", "IT"), ("Warsaw", "PL"),
    ("Kraków", "PL"), ("Prague", "CZ"), ("Budapest", "HU"), ("Athens", "GR"), ("Istanbul", "TR"),
    ("Ankara", "TR"), ("Tehran", "IR"), ("Cairo", "EG"), ("Riyadh", "SA"), ("Tel Aviv", "IL"),
    ("Moscow", "RU"), ("Novosibirsk", "RU"), ("Lagos", "NG"), ("Ibadan", "NG"), ("Nairobi", "KE"),
    ("Accra", "GH"), ("Cape Town", "ZA"), ("Johannesburg", "ZA"), ("Mumbai", "IN"), ("Delhi", "IN"),
    ("Bangalore", "IN"), ("Chennai", "IN"), ("Beijing", "CN"), ("Shanghai", "CN"), ("Wuhan", "CN"),
    ("Guangzhou", "CN"), ("Hangzhou", "CN"), ("Chengdu", "CN"), ("Hong Kong", "HK"), ("Taipei", "TW"),
    ("Seoul", "KR"), ("Daejeon", "KR"), ("Tokyo", "JP"), ("Kyoto", "JP"), ("Osaka", "JP"),
    ("Singapore", "SG"), ("Kuala Lumpur", "MY"), ("Bangkok", "TH"), ("Hanoi", "VN"), ("Jakarta", "ID"),
    ("Sydney", "AU"), ("Melbourne", "AU"), ("Auckland", "NZ"),
)  # fmt: skip

INSTITUTION_PATTERNS: dict[str, tuple[str, ...]] = {
    "education": (
        "University of {}",
        "{} Institute of Technology",
        "{} State University",
        "Technical University of {}",
        "{} Medical University",
        "{} School of Economics",
        "{} Polytechnic University",
        "{} Metropolitan University",
    ),
    "healthcare": (
        "{} General Hospital",
        "{} University Hospital",
        "{} Children's Hospital",
        "{} Cancer Centre",
        "{} Heart Institute",
    ),
    "company": ("{} Biotech Inc", "{} Analytics Ltd", "{} Instruments GmbH", "{} Pharmaceuticals Corporation"),
    "facility": ("{} National Laboratory", "{} Research Centre", "{} Observatory", "{} Institute for Advanced Study"),
}

DOMAINS = ("Physical Sciences", "Life Sciences", "Health Sciences", "Social Sciences")

# (field name, short name, domain index, popularity weight)
FIELDS: tuple[tuple[str, str, int, int], ...] = (
    ("Chemical Engineering", "Chemical Engineering", 0, 2),
    ("Chemistry", "Chemistry", 0, 6),
    ("Computer Science", "Computer Science", 0, 8),
    ("Earth and Planetary Sciences", "Earth Sciences", 0, 3),
    ("Energy", "Energy Research", 0, 2),
    ("Engineering", "Engineering", 0, 8),
    ("Environmental Science", "Environmental Science", 0, 4),
    ("Materials Science", "Materials Science", 0, 5),
    ("Mathematics", "Mathematics", 0, 4),
    ("Physics and Astronomy", "Physics", 0, 6),
    ("Agricultural and Biological Sciences", "Agricultural Sciences", 1, 5),
    ("Biochemistry, Genetics and Molecular Biology", "Molecular Biology", 1, 8),
    ("Immunology and Microbiology", "Immunology", 1, 3),
    ("Neuroscience", "Neuroscience", 1, 3),
    ("Pharmacology, Toxicology and Pharmaceutics", "Pharmacology", 1, 2),
    ("Medicine", "Medicine", 2, 18),
    ("Nursing", "Nursing", 2, 1),
    ("Health Professions", "Health Professions", 2, 1),
    ("Dentistry", "Dentistry", 2, 1),
    ("Veterinary", "Veterinary Science", 2, 1),
    ("Arts and Humanities", "Humanities", 3, 2),
    ("Business, Management and Accounting", "Management", 3, 2),
    ("Decision Sciences", "Decision Sciences", 3, 1),
    ("Economics, Econometrics and Finance", "Economics", 3, 2),
    ("Psychology", "Psychology", 3, 3),
    ("Social Sciences", "Social Science", 3, 4),
)
FIELD_CUM = tuple(accumulate(weight for _, _, _, weight in FIELDS))

SUBFIELD_QUALIFIERS = (
    "Theoretical",
    "Applied",
    "Computational",
    "Experimental",
    "Clinical",
    "Molecular",
    "Quantitative",
    "Structural",
    "Comparative",
    "Translational",
)
SUBFIELDS_PER_FIELD = len(SUBFIELD_QUALIFIERS)
TOPICS_PER_SUBFIELD = 10

TOPIC_MODIFIERS = (
    "Adaptive", "Bayesian", "Stochastic", "Nonlinear", "Multiscale", "Spatial", "Temporal", "Robust", "Sparse",
    "Distributed", "Dynamic", "Hierarchical", "Integrative", "Longitudinal", "High-throughput", "Single-cell",
    "Quantum", "Genomic", "Metabolic", "Cognitive", "Social", "Thermal", "Optical", "Statistical", "Causal",
    "Predictive", "Mechanistic", "Network", "Evolutionary", "Regional", "Global", "Early", "Chronic", "Acute",
    "Microbial", "Neural", "Urban", "Coastal", "Digital", "Ethical",
)  # fmt: skip
TOPIC_HEADS = (
    "Modelling", "Inference", "Signalling", "Regulation", "Imaging", "Dynamics", "Transport", "Control", "Design",
    "Assessment", "Screening", "Learning", "Resilience", "Variation", "Interactions", "Mechanisms", "Outcomes",
    "Networks", "Systems", "Markers", "Pathways", "Policies", "Materials", "Sensing", "Forecasting",
    "Optimisation", "Diagnostics", "Therapies", "Structures", "Patterns",
)  # fmt: skip

JOURNAL_PATTERNS = (
    "Journal of {}",
    "{} Letters",
    "Annals of {}",
    "International Journal of {}",
    "{} Reviews",
    "Advances in {}",
    "Frontiers in {}",
    "{} Research",
    "Progress in {}",
    "{} Quarterly",
    "European Journal of {}",
    "Asian Journal of {}",
)
JOURNALS = 300
# Preprint repository per domain, then the data repository.
REPOSITORIES = ("arXiv", "bioRxiv", "medRxiv", "SSRN", "Zenodo")

ADJECTIVES = (
    "novel", "robust", "scalable", "unified", "large-scale", "comparative", "systematic", "multi-centre",
    "longitudinal", "interpretable", "efficient", "probabilistic", "data-driven", "integrated", "rapid",
    "sensitive", "context-dependent", "cross-sectional", "hybrid", "minimal",
)  # fmt: skip
METHODS = (
    "framework", "model", "approach", "analysis", "method", "benchmark", "cohort study", "meta-analysis",
    "simulation", "algorithm", "survey", "trial", "pipeline", "assay", "estimator",
)  # fmt: skip
NOUNS = (
    "stability", "variability", "heterogeneity", "efficiency", "uncertainty", "sensitivity", "structure",
    "dynamics", "emergence", "scaling", "robustness", "reproducibility", "bias", "coupling", "transitions",
)  # fmt: skip
CONTEXTS = (
    "European cohorts", "field observations", "clinical records", "large datasets", "national registries",
    "laboratory experiments", "simulated environments", "open data", "multi-site studies", "historical archives",
)  # fmt: skip
UNITS = ("samples", "participants", "sites", "simulations", "documents", "patients", "specimens", "runs")
ASSOCIATIONS = ("strongly associated", "weakly associated", "inversely associated", "not associated")
LANGUAGES = ("de", "fr", "es", "zh", "ja", "pt", "ru")

# Work types and their cumulative probabilities.
TYPES = ("article", "preprint", "review", "book-chapter", "dataset")
TYPE_CUM = (0.78, 0.88, 0.95, 0.98, 1.0)
