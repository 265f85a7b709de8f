### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = यौन शोषण के लिए दुर्व्यापार क्या है?
article-lead = यौन शोषण के लिए दुर्व्यापार एक अपराध है। यह किसी के भी साथ हो सकता है। इसके संकेत पहचानना सीखें, और यह भी सीखें कि मदद कैसे करें।

## Section: what sex trafficking is.

article-what-heading = यह क्या है
article-what-human = मानव दुर्व्यापार एक अपराध है, जिसमें बल, धोखाधड़ी या दबाव से लोगों का इस्तेमाल किसी और के फ़ायदे के लिए किया जाता है।
article-what-sex = यौन शोषण के लिए दुर्व्यापार, मानव दुर्व्यापार का एक प्रकार है। इसमें व्यक्ति को पैसे या किसी भी दूसरी चीज़ के बदले यौन क्रियाएँ करने के लिए मजबूर किया जाता है।
article-what-smuggling = दुर्व्यापार और तस्करी एक ही चीज़ नहीं हैं। दुर्व्यापार किसी व्यक्ति के खिलाफ़ अपराध है। तस्करी, यानी लोगों को चोरी-छिपे सीमा पार कराना, किसी देश की सीमा के खिलाफ़ अपराध है।

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = कानून क्या कहता है
article-law-intro = अमेरिका का मुख्य कानून सन 2000 का दुर्व्यापार पीड़ित संरक्षण अधिनियम (अंग्रेज़ी में Trafficking Victims Protection Act, TVPA) है, जिसमें बाद में संशोधन हुए हैं। यह मानव दुर्व्यापार के खिलाफ़ पहला पूरा संघीय कानून था। यह 22 U.S.C. § 7102 में दर्ज है। इसके अनुसार, यौन शोषण के लिए दुर्व्यापार इनमें से कोई एक है:
article-law-force = व्यावसायिक यौन क्रिया के लिए किसी व्यक्ति को भर्ती करना, पनाह देना, ले जाना, सौंपना या हासिल करना, जब बल, धोखाधड़ी या दबाव से उस व्यक्ति को ऐसा करने के लिए मजबूर किया जाए।
article-law-minor = कोई भी व्यावसायिक यौन क्रिया, जिसमें 18 साल से कम उम्र का व्यक्ति शामिल हो। इसमें बल, धोखाधड़ी या दबाव का होना ज़रूरी नहीं है।
article-law-commercial = “व्यावसायिक यौन क्रिया” का मतलब है कोई भी यौन क्रिया, जिसके बदले कोई भी व्यक्ति ऐसी कोई भी चीज़ देता या लेता है, जिसकी कुछ कीमत हो।

## Section: who is at risk, and why few cases are reported.

article-who-heading = किसे खतरा है
article-who-target = दुर्व्यापारी ऐसे लोगों को ढूँढते हैं जिनकी सुरक्षा सबसे कम होती है: जो लोग गरीब हैं, जिन्हें स्कूल में पढ़ने का कम मौका मिला, या जिनके पास कानूनी इमिग्रेशन स्टेटस नहीं है। प्रवासी लोगों को रास्ते में भी खतरा होता है और पहुँचने के बाद भी।
article-who-anyone = पीड़ित किसी भी नस्ल, लिंग, पृष्ठभूमि या राष्ट्रीयता के हो सकते हैं। पुरुष और लड़के भी पीड़ित होते हैं, लेकिन उनकी पहचान बहुत कम हो पाती है। LGBTQIA+ लड़कों और युवा पुरुषों को खास खतरा है।
article-who-unreported = बहुत से मामलों की कभी रिपोर्ट नहीं होती। पीड़ितों को अपनी सुरक्षा की चिंता हो सकती है। उन्हें पुलिस, अदालतों या दूसरी सेवाओं से डर लग सकता है।

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = दस चेतावनी संकेत
article-flags-intro = ये संकेत बता सकते हैं कि किसी व्यक्ति का दुर्व्यापार किया जा रहा है।

## Section: what a bystander can do.

article-act-heading = आप क्या करें
article-act-confront = जिस व्यक्ति पर आपको दुर्व्यापारी होने का शक हो, उससे टकराव न करें। इससे पीड़ित का खतरा और बढ़ सकता है।
article-act-danger = अगर कोई अभी खतरे में है, तो { -emergency-phone } पर फ़ोन करें।
article-act-report = अगर अभी खतरा नहीं है, तो हॉटलाइन को फ़ोन करें या मैसेज भेजें। वहाँ के लोग यह तय करने में आपकी मदद कर सकते हैं कि क्या करना है।
article-act-discreet = सावधानी और नरमी से काम लें। जो बातें आपको पता हैं, उन्हें अपने तक ही रखें।
