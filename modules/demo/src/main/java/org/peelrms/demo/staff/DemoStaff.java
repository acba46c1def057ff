package org.peelrms.demo.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.peelrms.kernel.DemoDataset;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;

/**
 * One demo account per role, with the passwords listed in README.md. Loaded only when demo data is
 * switched on (the run command does; a production installation does not).
 */
@ApplicationScoped
public class DemoStaff implements DemoDataset {

    /**
     * The demo accounts: user name, display name, role. The password is {@code peel-demo-<username>}.
     */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"officer", "PC Alex Carter", Roles.OFFICER},
            new String[] {"custody", "PS Jordan Reid", Roles.CUSTODY_OFFICER},
            new String[] {"investigator", "DC Sam Patel", Roles.INVESTIGATOR},
            new String[] {"supervisor", "Insp Morgan Hughes", Roles.SUPERVISOR},
            new String[] {"auditor", "Kim Doyle (Information Assurance)", Roles.AUDITOR},
            new String[] {"admin", "Chris Lane (IT Services)", Roles.ADMIN});

    /** The read-only service account for external evaluations of the name search. */
    static final String EVALUATOR = "evaluator";
    static final String EVALUATOR_PASSWORD = "peel-demo-evaluator-service-account";

    @EJB
    private StaffAccounts accounts;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String name() {
        return "staff accounts";
    }

    @Override
    public boolean alreadyLoaded() {
        return !accounts.none();
    }

    @Override
    public void load(int size) {
        for (String[] account : ACCOUNTS) {
            accounts.open(new NewAccount(account[0], account[1], "peel-demo-" + account[0], Set.of(account[2])));
        }
        accounts.open(new NewAccount(EVALUATOR, "Name-search evaluation (service account, search only)",
                EVALUATOR_PASSWORD, Set.of(Roles.READ_ONLY), true));
    }
}
