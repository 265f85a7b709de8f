### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = क्या कोई आपको पैसों के लिए सेक्स करने पर मजबूर कर रहा है?
flyer-lead = आपका साथ देने वाले लोग हैं। मदद मुफ़्त और गोपनीय है, दिन हो या रात।
flyer-signs-heading = यौन शोषण के लिए दुर्व्यापार के संकेत
flyer-scan-call = स्कैन करके फ़ोन करें
flyer-scan-text = स्कैन करके मैसेज भेजें
flyer-safety = कोई आपका फ़ोन जाँच सकता है। बाद में आप चाहें तो कॉल या मैसेज मिटा दें।
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = मदद 24/7
