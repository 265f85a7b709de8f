### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਮਨੁੱਖੀ ਵਪਾਰ ਕੀ ਹੈ?
article-lead = ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਮਨੁੱਖੀ ਵਪਾਰ ਇੱਕ ਅਪਰਾਧ ਹੈ। ਇਹ ਕਿਸੇ ਨਾਲ ਵੀ ਹੋ ਸਕਦਾ ਹੈ। ਇਸ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣਨਾ ਸਿੱਖੋ, ਅਤੇ ਮਦਦ ਕਰਨ ਦਾ ਤਰੀਕਾ ਜਾਣੋ।

## Section: what sex trafficking is.

article-what-heading = ਇਹ ਕੀ ਹੈ
article-what-human = ਮਨੁੱਖੀ ਵਪਾਰ ਇੱਕ ਅਪਰਾਧ ਹੈ, ਜਿਸ ਵਿੱਚ ਤਾਕਤ, ਧੋਖਾਧੜੀ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਨਾਲ ਲੋਕਾਂ ਦੀ ਵਰਤੋਂ ਕਿਸੇ ਹੋਰ ਦੇ ਫ਼ਾਇਦੇ ਲਈ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
article-what-sex = ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਮਨੁੱਖੀ ਵਪਾਰ, ਮਨੁੱਖੀ ਵਪਾਰ ਦੀ ਇੱਕ ਕਿਸਮ ਹੈ। ਇਸ ਵਿੱਚ ਵਿਅਕਤੀ ਨੂੰ ਪੈਸੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਕੀਮਤ ਵਾਲੀ ਚੀਜ਼ ਦੇ ਬਦਲੇ ਜਿਨਸੀ ਕੰਮ ਕਰਨ ਲਈ ਮਜਬੂਰ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
article-what-smuggling = ਮਨੁੱਖੀ ਵਪਾਰ ਅਤੇ ਤਸਕਰੀ ਇੱਕੋ ਚੀਜ਼ ਨਹੀਂ ਹਨ। ਮਨੁੱਖੀ ਵਪਾਰ ਕਿਸੇ ਵਿਅਕਤੀ ਵਿਰੁੱਧ ਅਪਰਾਧ ਹੈ। ਤਸਕਰੀ ਕਿਸੇ ਦੇਸ਼ ਦੀ ਸਰਹੱਦ ਵਿਰੁੱਧ ਅਪਰਾਧ ਹੈ।

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = ਕਾਨੂੰਨ ਕੀ ਕਹਿੰਦਾ ਹੈ
article-law-intro = ਅਮਰੀਕਾ ਦਾ ਮੁੱਖ ਕਾਨੂੰਨ ਸਾਲ 2000 ਦਾ ਮਨੁੱਖੀ ਵਪਾਰ ਪੀੜਤ ਸੁਰੱਖਿਆ ਕਾਨੂੰਨ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ Trafficking Victims Protection Act, TVPA) ਹੈ, ਇਸ ਦੀਆਂ ਸੋਧਾਂ ਸਮੇਤ। ਇਹ ਮਨੁੱਖੀ ਵਪਾਰ ਵਿਰੁੱਧ ਪਹਿਲਾ ਪੂਰਾ ਫ਼ੈਡਰਲ ਕਾਨੂੰਨ ਸੀ। ਇਹ 22 U.S.C. § 7102 ਵਿੱਚ ਦਰਜ ਹੈ। ਇਸ ਮੁਤਾਬਕ, ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਮਨੁੱਖੀ ਵਪਾਰ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਹੈ:
article-law-force = ਵਪਾਰਕ ਜਿਨਸੀ ਕੰਮ ਲਈ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਭਰਤੀ ਕਰਨਾ, ਪਨਾਹ ਦੇਣਾ, ਲਿਜਾਣਾ, ਸੌਂਪਣਾ ਜਾਂ ਹਾਸਲ ਕਰਨਾ, ਜਦੋਂ ਤਾਕਤ, ਧੋਖਾਧੜੀ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਇਹ ਕਰਨ ਲਈ ਮਜਬੂਰ ਕਰਦੀ ਹੈ।
article-law-minor = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਵਿਅਕਤੀ ਵੱਲੋਂ ਕੀਤਾ ਗਿਆ ਕੋਈ ਵੀ ਵਪਾਰਕ ਜਿਨਸੀ ਕੰਮ। ਇਸ ਵਿੱਚ ਤਾਕਤ, ਧੋਖਾਧੜੀ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਦਾ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
article-law-commercial = “ਵਪਾਰਕ ਜਿਨਸੀ ਕੰਮ” ਕੋਈ ਵੀ ਅਜਿਹਾ ਜਿਨਸੀ ਕੰਮ ਹੈ, ਜਿਸ ਦੇ ਬਦਲੇ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਕੋਈ ਵੀ ਕੀਮਤ ਵਾਲੀ ਚੀਜ਼ ਦਿੰਦਾ ਜਾਂ ਲੈਂਦਾ ਹੈ।

## Section: who is at risk, and why few cases are reported.

article-who-heading = ਕਿਸ ਨੂੰ ਖ਼ਤਰਾ ਹੈ
article-who-target = ਮਨੁੱਖਾਂ ਦੇ ਵਪਾਰੀ ਉਹਨਾਂ ਲੋਕਾਂ ਨੂੰ ਲੱਭਦੇ ਹਨ, ਜਿਨ੍ਹਾਂ ਕੋਲ ਸਭ ਤੋਂ ਘੱਟ ਸੁਰੱਖਿਆ ਹੁੰਦੀ ਹੈ: ਗ਼ਰੀਬ ਲੋਕ, ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨੂੰ ਪੜ੍ਹਾਈ ਦਾ ਘੱਟ ਮੌਕਾ ਮਿਲਿਆ, ਜਾਂ ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਕੋਲ ਕਾਨੂੰਨੀ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਨਹੀਂ ਹੈ। ਪਰਵਾਸੀਆਂ ਨੂੰ ਰਸਤੇ ਵਿੱਚ ਵੀ ਖ਼ਤਰਾ ਹੁੰਦਾ ਹੈ ਅਤੇ ਪਹੁੰਚਣ ਤੋਂ ਬਾਅਦ ਵੀ।
article-who-anyone = ਪੀੜਤ ਕਿਸੇ ਵੀ ਨਸਲ, ਲਿੰਗ, ਪਿਛੋਕੜ ਜਾਂ ਕੌਮੀਅਤ ਦੇ ਹੋ ਸਕਦੇ ਹਨ। ਮਰਦ ਅਤੇ ਮੁੰਡੇ ਵੀ ਪੀੜਤ ਹੁੰਦੇ ਹਨ, ਪਰ ਉਹਨਾਂ ਦੀ ਪਛਾਣ ਕਿਤੇ ਘੱਟ ਹੁੰਦੀ ਹੈ। LGBTQIA+ ਮੁੰਡਿਆਂ ਅਤੇ ਨੌਜਵਾਨ ਮਰਦਾਂ ਨੂੰ ਖ਼ਾਸ ਖ਼ਤਰਾ ਹੈ।
article-who-unreported = ਬਹੁਤ ਸਾਰੇ ਮਾਮਲਿਆਂ ਦੀ ਕਦੇ ਰਿਪੋਰਟ ਨਹੀਂ ਹੁੰਦੀ। ਪੀੜਤਾਂ ਨੂੰ ਆਪਣੀ ਸੁਰੱਖਿਆ ਦਾ ਡਰ ਹੋ ਸਕਦਾ ਹੈ। ਉਹਨਾਂ ਨੂੰ ਪੁਲਿਸ, ਅਦਾਲਤਾਂ ਜਾਂ ਹੋਰ ਸੇਵਾਵਾਂ ਤੋਂ ਡਰ ਲੱਗ ਸਕਦਾ ਹੈ।

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = ਦਸ ਖ਼ਤਰੇ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ
article-flags-intro = ਇਹ ਨਿਸ਼ਾਨੀਆਂ ਦੱਸ ਸਕਦੀਆਂ ਹਨ ਕਿ ਕੋਈ ਵਿਅਕਤੀ ਮਨੁੱਖੀ ਵਪਾਰ ਦਾ ਸ਼ਿਕਾਰ ਹੋ ਰਿਹਾ ਹੈ।

## Section: what a bystander can do.

article-act-heading = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
article-act-confront = ਜਿਸ ਵਿਅਕਤੀ ਬਾਰੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਉਹ ਮਨੁੱਖਾਂ ਦਾ ਵਪਾਰੀ ਹੈ, ਉਸ ਨਾਲ ਸਿੱਧਾ ਟਕਰਾਅ ਨਾ ਕਰੋ। ਇਸ ਨਾਲ ਪੀੜਤ ਲਈ ਖ਼ਤਰਾ ਹੋਰ ਵਧ ਸਕਦਾ ਹੈ।
article-act-danger = ਜੇ ਕੋਈ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { -emergency-phone } ’ਤੇ ਕਾਲ ਕਰੋ।
article-act-report = ਜੇ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਨਹੀਂ ਹੈ, ਤਾਂ ਹੈਲਪਲਾਈਨ ਨੂੰ ਕਾਲ ਕਰੋ ਜਾਂ ਮੈਸੇਜ ਭੇਜੋ। ਹੈਲਪਲਾਈਨ ਇਹ ਫ਼ੈਸਲਾ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।
article-act-discreet = ਸਾਵਧਾਨ ਰਹੋ ਅਤੇ ਨਰਮੀ ਨਾਲ ਪੇਸ਼ ਆਓ। ਤੁਹਾਨੂੰ ਜੋ ਪਤਾ ਹੈ, ਉਸ ਨੂੰ ਗੁਪਤ ਰੱਖੋ।
