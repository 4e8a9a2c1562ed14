"""A bare "اليوم" in a comment piece is "nowadays", not the publication day (the genre round of
dev/dates/README.md): the same sentence read in a column and in a report, and the frames that keep a
column's day. The column and the report are real articles, shortened (tests/support/genre_texts.py); the
sentences are those of the judged samples and of the corpus."""

from datetime import date

import pytest
from genre_texts import COLUMN, REPORT

from analysis.extract.dates import find_dates

PUBLISHED = date(2015, 8, 10)  # a Monday


def today_in(article: str, sentence: str) -> list[str]:
    """The readings of the expressions inside ``sentence`` once it is appended to ``article``."""
    text = article + "\n" + sentence
    at = len(article) + 1
    return [m.date_text for m in find_dates(text, PUBLISHED) if m.start >= at]


NOWADAYS = [
    # subject + اليوم + في, the construction that news of the day shares (sample 53)
    "•• أبها اليوم في قلب كل سعودي؛ كما كانت القديح والدمام، أي أن الحزن واحد والفاجعة في كل بيت.",
    "وبسؤال أكثر عمقاً؛ ما الأصل الذي تعتمد عليه جماعات التكفير اليوم في قتل الآخرين؟",
    "تقدّر كلفة الفساد في لبنان اليوم بأربعة مليارات دولار سنويًا على الأقل.",  # sample 60
    "هل هذه المطالب واقعية اليوم؟",  # sample 38
    "– كما هي السعودية اليوم!",  # sample 45
    "والحقيقة التي لا غبار عليها أن العلم اليوم وحده لا يكفي أن يصون صاحبه في عصرنا المليء بالمغريات.",  # sample 59
]


@pytest.mark.parametrize("sentence", NOWADAYS)
def test_a_bare_today_in_a_column_is_nowadays(sentence):
    assert today_in(COLUMN, sentence) == []


@pytest.mark.parametrize("sentence", NOWADAYS[:3])
def test_the_same_today_in_a_report_is_the_publication_day(sentence):
    assert today_in(REPORT, sentence) == ["اليوم"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a reporting verb in the clause (sample 37)
        "أعلنت وزارة الداخلية البحرينية اليوم انها أحبطت عملية تهريب لمواد متفجرة شديدة الخطورة.",
        # a time of the day (sample 36)
        "شرف خادم الحرمين الشريفين حفل العشاء الذي أقامه مساء اليوم أمير منطقة مكة المكرمة.",
        # the writer's act of writing, the day of the column (samples 37, 51, 55)
        "ولذا أكتب اليوم للمرة الثالثة، فهناك قيادات جديدة في الوزارة وعزاء في أمل جديد!",
        "ولكن أخص بحديثي هذا اليوم هذين الناديين الكبيرين لعراقتهما وجماهيريتهما.",
        "سأقول اليوم ما يلي: أحياناً كثيرة تهزمنا الساعة المتعطلة عن عشرات الأفكار الاقتصادية الملهمة.",
        "على أي حال؛ مقالنا اليوم ليس معنيا بوجود كواكب غيرنا في الكون.",
        # an event of a schedule in the clause or right after (samples 40, 42; the corpus)
        "اليوم يخوض الهلال ثاني مبارياته الاستعدادية في معسكره الخارجي في النمسا.",
        "جون كيري اليوم يزور الشرق الأوسط بهدف تسويق رؤية أميركية استراتيجية للشرق الأوسط.",
        "يستضيف آرسنال وستهام اليوم ضمن منافسات الدوري الإنجليزي الممتاز.",
        # a future (sample 39)
        "الهلال سيستفز اليوم جمهور الأندية الأخرى في النهائي.",
        # what is published that day (the corpus)
        "تناول الكاتب علي سعد الموسى في مقاله المنشور اليوم بصحيفة الوطن حيثيات القرار.",
        # a weekday (never bare)
        "يلتقي الفريقان اليوم الاثنين في الرياض.",
    ],
)
def test_a_frame_of_the_day_keeps_a_columns_today(sentence):
    assert today_in(COLUMN, sentence), sentence
