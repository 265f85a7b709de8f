### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = سوداگری انسان برای بهره‌کشی جنسی چیست؟
article-lead = سوداگری انسان برای بهره‌کشی جنسی جرم است. ممکن است با هر کسی اتفاق بیفتد. نشانه‌ها را بشناسید و یاد بگیرید که چطور کمک کنید.

## Section: what sex trafficking is.

article-what-heading = معنای آن چیست؟
article-what-human = سوداگری انسان جرمی است که در آن با زور، فریب یا اجبار از مردم به نفع کس دیگری استفاده می‌شود.
article-what-sex = سوداگری انسان برای بهره‌کشی جنسی یک نوع سوداگری انسان است. در آن، شخص را مجبور می‌کنند که در بدل پول یا هر چیز قیمتی دیگر، اعمال جنسی انجام دهد.
article-what-smuggling = سوداگری انسان با قاچاق مهاجرین یکی نیست. سوداگری انسان جرمی علیه یک شخص است. قاچاق مهاجرین جرمی علیه سرحد یک کشور است.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = قانون چه می‌گوید
article-law-intro = قانون اصلی امریکا در این مورد «قانون حمایت از قربانیان سوداگری انسان» مصوب سال ۲۰۰۰ است، با تعدیلات بعدی آن. این اولین قانون فدرال کامل علیه سوداگری انسان بود. نام کوتاه و جای آن در مجموعهٔ قوانین امریکا: TVPA، 22 U.S.C. § 7102. بر اساس این قانون، سوداگری انسان برای بهره‌کشی جنسی یکی از این موارد است:
article-law-force = جلب و جذب کردن، پناه دادن، انتقال دادن، در اختیار دیگران گذاشتن یا به دست آوردن یک شخص برای عمل جنسی تجارتی، وقتی که زور، فریب یا اجبار او را به این کار وادار می‌کند.
article-law-minor = هر عمل جنسی تجارتی که یک شخص زیر ۱۸ سال انجام دهد. لازم نیست زور، فریب یا اجبار در کار باشد.
article-law-commercial = «عمل جنسی تجارتی» یعنی هر عمل جنسی که کسی در بدل آن چیز قیمتی بدهد یا بگیرد.

## Section: who is at risk, and why few cases are reported.

article-who-heading = چه کسانی در خطر هستند؟
article-who-target = سوداگران انسان به دنبال کسانی می‌گردند که کمترین حمایت را دارند: کسانی که فقیر هستند، کمتر مکتب رفته‌اند یا وضعیت مهاجرتی قانونی ندارند. مهاجرین در راه و بعد از رسیدن در خطر هستند.
article-who-anyone = قربانیان می‌توانند از هر نژاد، جنسیت، پس‌منظر یا ملیت باشند. مردان و پسران هم قربانی می‌شوند، اما خیلی کمتر شناسایی می‌شوند. پسران و مردان جوانی که دگرباش جنسی هستند (مانند همجنس‌گرا یا ترنسجندر) به‌طور خاص در خطر هستند.
article-who-unreported = بسیاری از قضیه‌ها هرگز گزارش نمی‌شوند. قربانیان ممکن است از بابت مصئونیت خود بترسند. ممکن است از پولیس، محاکم یا ادارات دیگر بترسند.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = ده نشانهٔ هشدار
article-flags-intro = این نشانه‌ها ممکن است نشان دهند که یک شخص قربانی سوداگری انسان است.

## Section: what a bystander can do.

article-act-heading = شما چه کرده می‌توانید
article-act-confront = با کسی که فکر می‌کنید سوداگر انسان است، درگیر نشوید. این کار ممکن است قربانی را در خطر بیشتر بیندازد.
article-act-danger = اگر کسی همین حالا در خطر است، به شمارهٔ { -emergency-phone } زنگ بزنید.
article-act-report = اگر خطر فوری نیست، به خط کمک زنگ بزنید یا پیام بفرستید. آن‌ها می‌توانند به شما کمک کنند تا تصمیم بگیرید چه کنید.
article-act-discreet = محتاط و مهربان باشید. آنچه را می‌دانید، راز نگه دارید.
