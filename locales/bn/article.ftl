### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = যৌন শোষণের জন্য মানুষ কেনাবেচা কী?
article-lead = যৌন শোষণের জন্য মানুষ কেনাবেচা একটি অপরাধ। এটি যে কারও সাথে ঘটতে পারে। এর লক্ষণগুলো চিনতে শিখুন, আর কীভাবে সাহায্য করবেন তা জেনে নিন।

## Section: what sex trafficking is.

article-what-heading = এটি কী
article-what-human = মানুষ কেনাবেচা এমন একটি অপরাধ, যেখানে বলপ্রয়োগ, প্রতারণা বা জবরদস্তি করে মানুষকে অন্য কারও লাভের জন্য ব্যবহার করা হয়।
article-what-sex = যৌন শোষণের জন্য মানুষ কেনাবেচা হলো মানুষ কেনাবেচার একটি ধরন। এতে একজন মানুষকে টাকা বা মূল্য আছে এমন অন্য কিছুর বিনিময়ে যৌন কাজ করতে বাধ্য করা হয়।
article-what-smuggling = মানুষ কেনাবেচা আর মানুষ চোরাচালান এক জিনিস নয়। মানুষ কেনাবেচা একজন মানুষের বিরুদ্ধে অপরাধ। মানুষ চোরাচালান একটি দেশের সীমান্তের বিরুদ্ধে অপরাধ।

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = আইন কী বলে
article-law-intro = যুক্তরাষ্ট্রের প্রধান আইন হলো 2000 সালের মানুষ কেনাবেচার শিকার ব্যক্তিদের সুরক্ষা আইন (ইংরেজিতে Trafficking Victims Protection Act, TVPA), পরে করা সংশোধনীসহ। এটিই ছিল মানুষ কেনাবেচার বিরুদ্ধে প্রথম পূর্ণাঙ্গ ফেডারেল আইন। আইনটি আছে 22 U.S.C. § 7102 ধারায়। এই আইন অনুযায়ী, যৌন শোষণের জন্য মানুষ কেনাবেচা হলো নিচের যেকোনো একটি:
article-law-force = বাণিজ্যিক যৌন কাজের জন্য কোনো ব্যক্তিকে নিয়োগ করা, আশ্রয়ে রাখা, পরিবহন করা, সরবরাহ করা বা সংগ্রহ করা, যখন বলপ্রয়োগ, প্রতারণা বা জবরদস্তি ওই ব্যক্তিকে তা করতে বাধ্য করে।
article-law-minor = 18 বছরের কম বয়সী কোনো ব্যক্তির যেকোনো বাণিজ্যিক যৌন কাজ। এতে বলপ্রয়োগ, প্রতারণা বা জবরদস্তি থাকা জরুরি নয়।
article-law-commercial = “বাণিজ্যিক যৌন কাজ” মানে এমন যেকোনো যৌন কাজ, যার বিনিময়ে কেউ মূল্য আছে এমন কিছু দেয় বা পায়।

## Section: who is at risk, and why few cases are reported.

article-who-heading = কারা ঝুঁকিতে আছেন
article-who-target = মানুষ কেনাবেচাকারীরা সবচেয়ে কম সুরক্ষা আছে এমন মানুষদের খোঁজে: যারা গরিব, যারা পড়াশোনার সুযোগ কম পেয়েছেন, বা যাদের বৈধ ইমিগ্রেশন স্ট্যাটাস নেই। অভিবাসীরা পথে এবং পৌঁছানোর পরেও ঝুঁকিতে থাকেন।
article-who-anyone = ভুক্তভোগী যেকোনো বর্ণ, লিঙ্গ, পটভূমি বা জাতীয়তার হতে পারেন। পুরুষ ও ছেলেরাও ভুক্তভোগী হন, কিন্তু তাদের শনাক্ত করা হয় অনেক কম। LGBTQIA+ ছেলে ও তরুণ পুরুষেরা বিশেষ ঝুঁকিতে আছেন।
article-who-unreported = অনেক ঘটনার কথা কখনো জানানো হয় না। ভুক্তভোগীরা নিজেদের নিরাপত্তা নিয়ে ভয় পেতে পারেন। তারা পুলিশ, আদালত বা অন্য সেবা সংস্থাকে ভয় পেতে পারেন।

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = দশটি সতর্কতার লক্ষণ
article-flags-intro = এই লক্ষণগুলোর মানে হতে পারে যে কেউ মানুষ কেনাবেচার শিকার হচ্ছেন।

## Section: what a bystander can do.

article-act-heading = আপনি কী করতে পারেন
article-act-confront = যাকে আপনি মানুষ কেনাবেচাকারী বলে মনে করেন, তার মুখোমুখি হয়ে কিছু বলবেন না। এতে ভুক্তভোগী আরও বেশি বিপদে পড়তে পারেন।
article-act-danger = কেউ যদি এই মুহূর্তে বিপদে থাকেন, তাহলে { -emergency-phone } নম্বরে ফোন করুন।
article-act-report = এই মুহূর্তে বিপদ না থাকলে, হেল্পলাইনে ফোন করুন বা মেসেজ পাঠান। কী করবেন, তা ঠিক করতে হেল্পলাইন আপনাকে সাহায্য করতে পারে।
article-act-discreet = সাবধান থাকুন এবং সদয় আচরণ করুন। আপনি যা জানেন, তা গোপন রাখুন।
