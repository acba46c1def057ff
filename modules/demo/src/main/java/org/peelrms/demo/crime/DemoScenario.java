package org.peelrms.demo.crime;

import java.util.List;
import org.peelrms.crime.api.ReportMethod;

/**
 * One kind of incident the demo data is made of: what the reporter says, the classification it is
 * recorded under (null: not a crime), whether it is domestic abuse and has a personal victim, and how
 * often it comes in (weight).
 */
record DemoScenario(String what, String classification, boolean domesticAbuse, boolean victim, ReportMethod method,
        int weight) {

    static final List<DemoScenario> ALL = List.of(
            new DemoScenario("Caller says her partner punched her in the face during an argument at home; cut lip.", "8N", true, true, ReportMethod.EMERGENCY_CALL, 8),
            new DemoScenario("Ex-partner keeps turning up at the victim's flat and sending dozens of messages a day.", "8L", true, true, ReportMethod.NON_EMERGENCY_CALL, 5),
            new DemoScenario("Victim says her husband controls her money and phone and stops her seeing family.", "8U", true, true, ReportMethod.IN_PERSON, 3),
            new DemoScenario("Man pushed to the ground outside a pub at closing time; grazes, no treatment.", "105A", false, true, ReportMethod.EMERGENCY_CALL, 8),
            new DemoScenario("Glass thrown in the victim's face in a bar; cuts needing stitches.", "8N", false, true, ReportMethod.EMERGENCY_CALL, 4),
            new DemoScenario("Front door forced while the family were away; television and jewellery taken.", "28E", false, true, ReportMethod.NON_EMERGENCY_CALL, 7),
            new DemoScenario("Shop staff detained a man who left without paying for razor blades and meat.", "46", false, false, ReportMethod.NON_EMERGENCY_CALL, 9),
            new DemoScenario("Car window smashed overnight and a bag taken from the back seat.", "45", false, true, ReportMethod.ONLINE, 7),
            new DemoScenario("Bicycle stolen from outside the railway station; the lock was cut.", "44", false, true, ReportMethod.ONLINE, 5),
            new DemoScenario("Phone snatched from the victim's hand at a bus stop by a man on a bike.", "34B", false, true, ReportMethod.EMERGENCY_CALL, 4),
            new DemoScenario("Graffiti sprayed across the side of a house overnight.", "58A", false, true, ReportMethod.ONLINE, 5),
            new DemoScenario("Officers on patrol found a man with a knife in his waistband.", "10D", false, false, ReportMethod.TO_AN_OFFICER, 2),
            new DemoScenario("Search of a car found a small bag of cannabis.", "92E", false, false, ReportMethod.TO_AN_OFFICER, 3),
            new DemoScenario("Neighbour shouted abuse and threatened to 'sort out' the caller over parking.", "9A", false, true, ReportMethod.NON_EMERGENCY_CALL, 4),
            new DemoScenario("Caller worried about an elderly neighbour not seen for three days; found safe and well.", null, false, false, ReportMethod.NON_EMERGENCY_CALL, 5),
            new DemoScenario("Loud music from a party; caller wants it stopped. No offences disclosed.", null, false, false, ReportMethod.NON_EMERGENCY_CALL, 4),
            new DemoScenario("Couple heard arguing loudly; on attendance both said it was verbal only, no threats.", null, true, false, ReportMethod.EMERGENCY_CALL, 3),
            new DemoScenario("Wallet reported stolen was later found by the owner at home.", null, false, false, ReportMethod.ONLINE, 2));

    static final List<String> PLACES = List.of("Church Street, Preston", "Fishergate, Preston", "Deepdale Road, Preston",
            "Blackpool Road, Ashton", "Talbot Road, Blackpool", "Promenade, Blackpool", "King Street, Lancaster",
            "Market Street, Chorley", "Blackburn Road, Accrington", "Manchester Road, Burnley",
            "Station Road, Leyland", "Penny Street, Lancaster", "Victoria Street, Blackburn", "Railway Road, Ormskirk");

    static DemoScenario pick(java.util.Random random) {
        int total = ALL.stream().mapToInt(DemoScenario::weight).sum();
        int at = random.nextInt(total);
        for (DemoScenario scenario : ALL) {
            at -= scenario.weight;
            if (at < 0) {
                return scenario;
            }
        }
        return ALL.get(0);
    }
}
