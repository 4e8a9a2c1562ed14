"""A small corpus whose names the gazetteer lacks, each in two articles, so that Discover lists them:
the town مضايا (after بلدة) and the armed group حركة نور الدين الزنكي (after حركة). The last two
articles name only what the gazetteer knows."""

ARTICLES = [
    "وقصفت الطائرات بلدة مضايا بريف دمشق صباح أمس.",
    "وقالت مصادر محلية إن القصف استهدف بلدة مضايا مجددا اليوم.",
    "وأعلنت حركة نور الدين الزنكي مسؤوليتها عن الهجوم في حلب.",
    "وتبنت حركة نور الدين الزنكي الهجوم على القاعدة العسكرية.",
    "أكدت وزارة الخارجية أن الحدود مغلقة وأن الأمن مستتب في المدينة.",
    "قال مصدر في الخارجية إن الحدود ستفتح بعد انتهاء العملية العسكرية.",
]
