"""Common words of Syria news, for tests that make many articles of random Arabic text (a store big
enough to fill a disk or to span several DuckDB blocks)."""

NEWS_WORDS = ("روسيا", "تركيا", "إدلب", "اجتماع", "الرئيس", "وزير", "الخارجية", "اتفاق", "الهدنة", "الطريق",
              "الدولي", "قصف", "مدينة", "أمس")  # fmt: skip
