### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = سوداگری انسان برای بهره‌کشی جنسی چیست؟
article-lead = سوداگری انسان برای بهره‌کشی جنسی جرم است. ممکن است برای هر کسی پیش بیاید. نشانه‌ها را بشناسید و یاد بگیرید چطور کمک کنید.

## Section: what sex trafficking is.

article-what-heading = یعنی چه؟
article-what-human = سوداگری انسان جرمی است که در آن با زور، فریب یا اجبار از آدم‌ها به سود کس دیگری استفاده می‌شود.
article-what-sex = سوداگری انسان برای بهره‌کشی جنسی یکی از انواع سوداگری انسان است. در آن، فرد را وادار می‌کنند در برابر پول یا هر چیز باارزش دیگری، اعمال جنسی انجام دهد.
article-what-smuggling = سوداگری انسان با قاچاق مهاجر یکی نیست. سوداگری انسان جرمی علیه یک فرد است. قاچاق مهاجر جرمی علیه مرز یک کشور است.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = آنچه قانون می‌گوید
article-law-intro = قانون اصلی آمریکا در این زمینه «قانون حمایت از قربانیان سوداگری انسان» مصوب سال ۲۰۰۰ است، همراه با اصلاحیه‌های بعدی آن. این نخستین قانون فدرال کامل علیه سوداگری انسان بود. نام کوتاه و جای آن در مجموعهٔ قوانین آمریکا: TVPA، 22 U.S.C. § 7102. طبق این قانون، سوداگری انسان برای بهره‌کشی جنسی یکی از این موارد است:
article-law-force = جذب کردن، پناه دادن، جابه‌جا کردن، در اختیار دیگران گذاشتن یا به دست آوردن یک فرد برای عمل جنسی تجاری، وقتی زور، فریب یا اجبار او را به این کار وادار می‌کند.
article-law-minor = هر عمل جنسی تجاری که فردی زیر ۱۸ سال انجام دهد. لازم نیست زور، فریب یا اجبار در کار باشد.
article-law-commercial = «عمل جنسی تجاری» یعنی هر عمل جنسی که کسی در ازای آن چیز باارزشی بدهد یا بگیرد.

## Section: who is at risk, and why few cases are reported.

article-who-heading = چه کسانی در خطرند؟
article-who-target = سوداگران انسان دنبال کسانی می‌گردند که کمترین حمایت را دارند: کسانی که فقیرند، کم درس خوانده‌اند یا وضعیت مهاجرتی قانونی ندارند. مهاجران در طول راه و بعد از رسیدن در خطرند.
article-who-anyone = قربانیان ممکن است از هر نژاد، جنسیت، پیشینه یا ملیتی باشند. مردان و پسران هم قربانی می‌شوند، اما خیلی کمتر شناسایی می‌شوند. پسران و مردان جوانِ دگرباش جنسی (مثل همجنس‌گرا، دوجنس‌گرا یا ترنس) به‌طور ویژه در خطرند.
article-who-unreported = بسیاری از موارد هیچ‌وقت گزارش نمی‌شوند. قربانیان ممکن است نگران امنیت خود باشند. ممکن است از پلیس، دادگاه یا سازمان‌های دیگر بترسند.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = ده نشانهٔ هشدار
article-flags-intro = این نشانه‌ها ممکن است نشان دهند که فردی قربانی سوداگری انسان است.

## Section: what a bystander can do.

article-act-heading = چه کاری از دست شما برمی‌آید؟
article-act-confront = با کسی که فکر می‌کنید سوداگر انسان است درگیر نشوید. این کار ممکن است قربانی را در خطر بیشتری بیندازد.
article-act-danger = اگر کسی همین حالا در خطر است، با شمارهٔ { -emergency-phone } تماس بگیرید.
article-act-report = اگر خطر فوری نیست، با خط کمک تماس بگیرید یا پیامک بفرستید. آنجا می‌توانند کمکتان کنند تصمیم بگیرید چه کنید.
article-act-discreet = محتاط و مهربان باشید. آنچه را می‌دانید محرمانه نگه دارید.
