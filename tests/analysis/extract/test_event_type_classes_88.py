"""Event types: classes fixed in the type round over samples 24-88 (dtypes6, 2026-12-06, night), read on the false types
of samples 24-88 typed again and checked over the whole corpus (``dev/dates/README.md``). Real sentences, for and
against each rule."""

from __future__ import annotations

import pytest

from analysis.extract.events import classify_event_at


def type_of(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return classify_event_at(sentence, start, start + len(date_text))


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a date right after a participle of issuing is the issue's: the events named before the participle do not
        # type it (sample 42: the NPT review conference's resolution of 1995, typed agreement by the treaty)
        ("وتحقيق هدف إخلاء الشرق الأوسط من أسلحة الدمار الشامل وتنفيذ القرار الصادر عن مؤتمر مراجعة معاهدة عدم "
         "الانتشار النووي الصادر عام 1995 الذي يمثل جزءا أساسيا من المد اللانهائي لمعاهدة الانتشار النووي.",
         "عام 1995", "other"),
        # ... nor those of the next clause (sample 84: a paper's issue, typed disaster by the crash the experts spoke of)
        ("وقد تحدث خبراء في الطيران لصحيفة «ميل أون صنداي» البريطانية الصادرة أمس، عن كيفية تحطم طائرة أسرة بن لادن "
         "فوق موقف للسيارات بجوار مطار بلاكبوش في بريطانيا", "أمس", "other"),
        # ... a Security Council resolution (the corpus: typed strike by the chemical attacks it is about)
        ("رحب الائتلاف الوطني لقوى الثورة والمعارضة السورية بقرار مجلس الأمن الدولي، الصادر أول من أمس، والقاضي بتحديد "
         "المسؤولين عن الهجمات بالأسلحة الكيميائية ضد الشعب السوري", "أول من أمس", "other"),
        # ... the papers of a day and what they covered (the corpus: typed talks by the visit)
        ("استحوذت زيارة صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد لجمهورية مصر العربية، وحضور سموه حفل "
         "تخريج الكليات والمعاهد العسكرية بالكلية الحربية، على اهتمامات الصحف المصرية الصادرة أمس.", "أمس", "other"),
        ("اهتمت الصحف الليبية الصادرة اليوم , بتقدم الجيش الليبي في عدة محاور وسيطرته على أكثر من 90 % من مدينة "
         "بنغازي.", "اليوم", "other"),
    ],
)  # fmt: skip
def test_a_date_after_a_participle_of_issuing_is_the_issues(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the thing issued an event's word keeps its type: a statement issued
        ("وأكدت الوزارة في بيانها الصادر أمس أن الحادث لم يسفر عن إصابات", "أمس", "statement"),
        # ... a saying to a paper of the day stays the saying (the corpus: the German papers' interviews)
        ("وقالت وزيرة الداخلية النمساوية يوهانا ميكل - لايتنر في تصريحات إلى صحيفة «كورير» النمساوية الصادرة الثلاثاء: "
         "«ينبغي أن يكون استقرار نظام اللجوء في اليونان شرطاً لحصولها على حزمة مساعدات».", "الثلاثاء", "statement"),
        ("وذكرت مجلة «فوكوس» الألمانية في عددها الصادر اليوم السبت استنادا إلى مصادر مقربة من رانجه، أن وكيلة وزارة "
         "العدل هددت رانجه في محادثة سابقة معه بإقالته من منصبه", "اليوم السبت", "statement"),
        # ... a verdict issued is the trial's (the corpus: typed arrest by the court)
        ("وأضافت المصادر القضائية أن محكمة النقض وهي أعلى محكمة مدنية في مصر ستقرر إما قبول الطعون وإعادة المحاكمة "
         "أمام دائرة أخرى بمحكمة الجنايات أو رفض الطعون والتصديق على الحكم الصادر في إبريل نيسان ليصبح حكما نهائيا "
         "وباتا.", "إبريل نيسان", "arrest"),
        # ... and a statement issued that condemns stays the condemnation (statement_contents)
        ("وأدانت مصر في البيان الصادر مساء أمس التفجير الإرهابي", "أمس", "condemnation"),
    ],
)  # fmt: skip
def test_an_issue_keeps_the_thing_issued_and_the_sayings(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected
