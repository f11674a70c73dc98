// Words too common to say what a note is about, in the two languages of the app.

/** English stop words. */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves also get make more much many use using need want like one two new way ways lot lots'
  ).split(' '),
);

/** Dutch stop words. */
export const NL_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest ' +
    'haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet ' +
    'na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat ' +
    'we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou meer minder via per graag echt heel goed beter ' +
    'moeten willen kunnen maken nieuwe nieuw manier'
  ).split(' '),
);
