package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFilter;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.AccountStatus;
import fr.centressociaux.portail.accounts.Invitation;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Admins list accounts, invite people, change roles, deactivate and reactivate accounts. */
@Route("comptes")
@Menu(title = "menu.accounts", order = 80, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("list-page");
        Button invite = new Button(getTranslation("accounts.invite"), VaadinIcon.ENVELOPE.create(),
                click -> new InviteDialog(this::invite).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("accounts.title", "accounts.intro", filters(), invite), grid());
    }

    private Component filters() {
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("accounts.all-roles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("accounts.all-roles")
                : getTranslation(role.labelKey()));
        roleFilter.setAriaLabel(getTranslation("accounts.role"));
        roleFilter.addValueChangeListener(change -> refresh());
        Div filters = new Div(search, roleFilter);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<Account> grid() {
        grid.addColumn(Account::getDisplayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(Account::getEmail).setHeader(getTranslation("accounts.email")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.getRole().labelKey())).setHeader(getTranslation("accounts.role"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.getStatus().labelKey())).setHeader(getTranslation("accounts.status"));
        grid.addColumn(account -> FrenchDates.dateTime(account.getLastLoginAt())).setHeader(getTranslation("accounts.last-login"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.setItems(query -> accounts.list(filter(), toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(filter()));
        grid.setSizeFull();
        return grid;
    }

    private MenuBar actions(Account account) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        bar.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("menu.more")));
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("accounts.actions-for", account.getDisplayName()));
        root.getSubMenu().addItem(getTranslation("accounts.change-role"),
                click -> new RoleDialog(account, (role, department) -> run(
                        () -> accounts.changeRole(account.getId(), role, department),
                        "accounts.role-changed")).open());
        if (account.getStatus() == AccountStatus.INVITED) {
            root.getSubMenu().addItem(getTranslation("accounts.resend"),
                    click -> run(() -> accounts.resendInvitation(account.getId()), "accounts.resent"));
        }
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            root.getSubMenu().addItem(getTranslation("accounts.reactivate"),
                    click -> run(() -> accounts.reactivate(account.getId()), "accounts.reactivated"));
        } else {
            root.getSubMenu().addItem(getTranslation("accounts.deactivate"), click -> confirmDeactivation(account));
        }
        return bar;
    }

    private void confirmDeactivation(Account account) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("accounts.deactivate.confirm.title", account.getDisplayName()));
        dialog.setText(getTranslation("accounts.deactivate.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("accounts.deactivate"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> run(() -> accounts.deactivate(account.getId()), "accounts.deactivated"));
        dialog.open();
    }

    /** Sends the invitation; a refusal goes back to the dialog, which shows it next to its fields. */
    private void invite(Invitation invitation) {
        accounts.invite(invitation);
        Notifications.success("accounts.invited", invitation.email());
        refresh();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
        refresh();
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), roleFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
