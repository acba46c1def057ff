-- A starter set of common Home Office offence classifications, so that a new installation can
-- record the crimes a force meets most. Source: the Home Office Crime Recording Rules for frontline
-- officers and staff (formerly the Home Office Counting Rules for Recorded Crime), the offence
-- classification pages for each crime group, as published on gov.uk. The Force Crime Registrar must
-- check codes and names against the rules in force before going live, and administrators add the
-- classifications their force needs and retire those withdrawn (never delete: crimes keep theirs).
INSERT INTO offence_classification (code, name, category) VALUES
    ('1',    'Murder',                                                        'Violence against the person'),
    ('4/1',  'Manslaughter',                                                  'Violence against the person'),
    ('5D',   'Assault with intent to cause serious harm',                     'Violence against the person'),
    ('8N',   'Assault with injury',                                           'Violence against the person'),
    ('105A', 'Assault without injury',                                        'Violence against the person'),
    ('104',  'Assault without injury on a constable',                         'Violence against the person'),
    ('3A',   'Threats to kill',                                               'Violence against the person'),
    ('8L',   'Harassment',                                                    'Violence against the person'),
    ('8Q',   'Stalking',                                                      'Violence against the person'),
    ('8U',   'Controlling or coercive behaviour',                             'Violence against the person'),
    ('19C',  'Rape of a female aged 16 and over',                             'Sexual offences'),
    ('20A',  'Sexual assault on a female aged 13 and over',                   'Sexual offences'),
    ('34A',  'Robbery of business property',                                  'Robbery'),
    ('34B',  'Robbery of personal property',                                  'Robbery'),
    ('28E',  'Residential burglary of a home',                                'Burglary'),
    ('30C',  'Burglary – business and community',                             'Burglary'),
    ('37/2', 'Aggravated vehicle taking',                                     'Vehicle offences'),
    ('45',   'Theft from a vehicle',                                          'Vehicle offences'),
    ('48',   'Theft or unauthorised taking of a motor vehicle',               'Vehicle offences'),
    ('126',  'Interfering with a motor vehicle',                              'Vehicle offences'),
    ('39',   'Theft from the person',                                         'Theft'),
    ('44',   'Theft of a pedal cycle',                                        'Theft'),
    ('46',   'Shoplifting',                                                   'Theft'),
    ('49',   'Other theft',                                                   'Theft'),
    ('54',   'Handling stolen goods',                                         'Theft'),
    ('56A',  'Arson endangering life',                                        'Arson and criminal damage'),
    ('56B',  'Arson not endangering life',                                    'Arson and criminal damage'),
    ('58A',  'Criminal damage to a dwelling',                                 'Arson and criminal damage'),
    ('58B',  'Criminal damage to a building other than a dwelling',           'Arson and criminal damage'),
    ('58C',  'Criminal damage to a vehicle',                                  'Arson and criminal damage'),
    ('58D',  'Other criminal damage',                                         'Arson and criminal damage'),
    ('92A',  'Trafficking in controlled drugs',                               'Drug offences'),
    ('92D',  'Possession of controlled drugs (excluding cannabis)',           'Drug offences'),
    ('92E',  'Possession of cannabis',                                        'Drug offences'),
    ('9A',   'Public fear, alarm or distress',                                'Public order offences'),
    ('10D',  'Possession of article with blade or point',                     'Possession of weapons');
