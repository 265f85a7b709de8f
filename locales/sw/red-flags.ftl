### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Dalili za unyanyasaji
    .details = Michubuko, majeraha au dalili nyingine za vurugu. Mtu huyo anaweza kuonekana kama anadhibitiwa au analazimishwa.
red-flag-fear = Hofu
    .details = Mtu huyo anaonekana mwenye hofu, wasiwasi au mtiifu kupita kiasi, hasa akiwa karibu na mfanyabiashara wa binadamu. Huenda asikutazame machoni.
red-flag-isolation = Ametengwa na familia na marafiki
    .details = Mfanyabiashara wa binadamu humweka mtu huyo mbali na watu ambao wangeweza kumsaidia.
red-flag-moving = Huhamishwa mara kwa mara
    .details = Mtu huyo huhamishwa mara kwa mara, kutoka mahali hadi mahali au kutoka mji hadi mji.
red-flag-documents = Kitambulisho kiko kwa mtu mwingine
    .details = Mtu mwingine anashikilia pasipoti yake au kitambulisho chake.
red-flag-speech = Hawezi kuzungumza kwa uhuru
    .details = Mtu huyo haruhusiwi kujisemea, au anaogopa kufanya hivyo.
red-flag-story = Hadithi isiyolingana
    .details = Majibu yake hubadilika, au yanaonekana kama yamekaririwa. Huenda mtu alimwambia aseme nini.
red-flag-companion = Mtu mwenye umri zaidi anayemdhibiti
    .details = Mwandamani mwenye umri mkubwa zaidi hukaa karibu naye, na huamua mtu huyo afanye nini na azungumze na nani.
red-flag-substances = Dawa za kulevya au pombe
    .details = Mtu huyo anaonekana kutegemea dawa za kulevya au pombe. Wafanyabiashara wa binadamu huzitumia kuwadhibiti watu.
red-flag-minor = Mtoto au kijana katika ngono ya kibiashara
    .details = Mtu aliye chini ya miaka 18 katika ngono ya kibiashara ni mwathiriwa wa biashara haramu ya binadamu. Si lazima kuwe na nguvu.
