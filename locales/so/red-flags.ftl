### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Calaamadaha xadgudubka
    .details = Nabarro, dhaawacyo ama calaamado kale oo rabshad. Qofku wuxuu u muuqan karaa mid la xakameeyo ama la qasbo.
red-flag-fear = Cabsi
    .details = Qofku wuxuu u muuqdaa mid baqaya, walwalsan ama si xad-dhaaf ah u addeeca, gaar ahaan marka uu u dhow yahay qofka ka ganacsada dadka. Waxaa laga yaabaa inuusan indhaha kugu eegin.
red-flag-isolation = Laga go'doomiyay qoyska iyo saaxiibada
    .details = Qofka ka ganacsada dadku wuxuu qofka ka fogeeyaa dadka caawin kara.
red-flag-moving = Marar badan la wareejiyo
    .details = Qofka marar badan ayaa la wareejiyaa, meel ka meel ama magaalo ka magaalo.
red-flag-documents = Qof kale ayaa haya aqoonsiga
    .details = Qof kale ayaa haya baasaboorkiisa ama kaarkiisa aqoonsiga.
red-flag-speech = Si xor ah uma hadli karo
    .details = Qofka looma oggola inuu naftiisa u hadlo, ama wuu ka baqaa inuu hadlo.
red-flag-story = Sheeko aan is-waafaqsanayn
    .details = Jawaabahoodu way isbeddelaan, ama waxay u ekaadaan kuwo horay loo soo bartay. Waxaa laga yaabaa in qof u sheegay waxa ay sheegaan.
red-flag-companion = Qof da' ka weyn oo xakameeya
    .details = Qof da' ka weyn ayaa had iyo jeer u dhow, oo go'aamiya waxa qofku sameeyo iyo cidda uu la hadlo.
red-flag-substances = Daroogo ama khamri
    .details = Qofku wuxuu u muuqdaa inuu ku tiirsan yahay daroogo ama khamri. Kuwa ka ganacsada dadka waxay u adeegsadaan daroogada iyo khamriga si ay dadka u xakameeyaan.
red-flag-minor = Ilmo ama dhallinyaro ku jira galmo ganacsi ah
    .details = Qof ka yar 18 sano oo ku jira galmo ganacsi ah waa dhibbane ka ganacsiga dadka. Xoog looma baahna.
