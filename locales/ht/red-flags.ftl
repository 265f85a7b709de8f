### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Siy abi
    .details = Mak kou, blesi oswa lòt siy vyolans. Moun nan ka sanble yon lòt moun ap kontwole l oswa ap fòse l.
red-flag-fear = Laperèz
    .details = Moun nan sanble pè, enkyè oswa twò obeyisan, sitou lè trafikan moun nan toupre. Li ka pa gade w nan je.
red-flag-isolation = Separe ak fanmi ak zanmi
    .details = Trafikan moun nan kenbe moun nan lwen moun ki ta ka ede l.
red-flag-moving = Yo deplase l souvan
    .details = Yo deplase moun nan souvan, sot yon kote al yon lòt, oswa sot yon vil al yon lòt.
red-flag-documents = Li pa kontwole papye l
    .details = Yon lòt moun kenbe paspò li oswa kat idantite li.
red-flag-speech = Li pa ka pale lib
    .details = Yo pa kite moun nan pale pou tèt li, oswa li pè pale.
red-flag-story = Yon istwa ki pa kadre
    .details = Repons li yo chanje, oswa yo sonnen tankou li te aprann yo pa kè. Petèt yon moun te di l sa pou l di.
red-flag-companion = Yon moun pi gran ki kontwole
    .details = Yon moun ki pi gran rete toupre tout tan. Se li ki deside sa moun nan fè, e ak kiyès li pale.
red-flag-substances = Dwòg oswa alkòl
    .details = Moun nan sanble li depann de dwòg oswa alkòl. Trafikan moun yo sèvi ak yo pou kontwole moun.
red-flag-minor = Timoun oswa adolesan nan sèks komèsyal
    .details = Yon moun ki poko gen 18 an ki nan sèks komèsyal se viktim trafik moun. Pa bezwen gen fòs.
