### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Je, kuna mtu anayekulazimisha kufanya ngono kwa pesa?
flyer-lead = Huko peke yako. Msaada ni bure na wa siri, mchana na usiku.
flyer-signs-heading = Dalili za biashara haramu ya binadamu kwa ajili ya ngono
flyer-scan-call = Skani upige simu
flyer-scan-text = Skani utume ujumbe
flyer-safety = Simu yako inaweza kukaguliwa. Baadaye unaweza kufuta simu uliyopiga au ujumbe uliotuma.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Msaada 24/7
