// Test input reconstructed here: the JPA mapping of RealmEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Table(name = "REALM")
@Entity
@NamedQueries({
  @NamedQuery(name = "getAllRealmIds", query = "select realm.id from RealmEntity realm"),
  @NamedQuery(
      name = "getRealmIdByName",
      query = "select realm.id from RealmEntity realm where realm.name = :name"),
  @NamedQuery(
      name = "getRealmIdsWithProviderType",
      query =
          "select distinct c.realm.id from ComponentEntity c where c.providerType = :providerType"),
})
public class RealmEntity {
  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  protected String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Column(name = "NAME", unique = true)
  protected String name;

  @Column(name = "ENABLED")
  protected boolean enabled;

  @Column(name = "SSL_REQUIRED")
  protected String sslRequired;

  @Column(name = "REGISTRATION_ALLOWED")
  protected boolean registrationAllowed;

  @Column(name = "REG_EMAIL_AS_USERNAME")
  protected boolean registrationEmailAsUsername;

  @Column(name = "VERIFY_EMAIL")
  protected boolean verifyEmail;

  @Column(name = "RESET_PASSWORD_ALLOWED")
  protected boolean resetPasswordAllowed;

  @Column(name = "LOGIN_WITH_EMAIL_ALLOWED")
  protected boolean loginWithEmailAllowed;

  @Column(name = "DUPLICATE_EMAILS_ALLOWED")
  protected boolean duplicateEmailsAllowed;

  @Column(name = "REMEMBER_ME")
  protected boolean rememberMe;

  @Column(name = "PASSWORD_POLICY")
  protected String passwordPolicy;

  @Column(name = "OTP_POLICY_TYPE")
  protected String otpPolicyType;

  @Column(name = "OTP_POLICY_ALG")
  protected String otpPolicyAlgorithm;

  @Column(name = "OTP_POLICY_COUNTER")
  protected int otpPolicyInitialCounter;

  @Column(name = "OTP_POLICY_DIGITS")
  protected int otpPolicyDigits;

  @Column(name = "OTP_POLICY_WINDOW")
  protected int otpPolicyLookAheadWindow;

  @Column(name = "OTP_POLICY_PERIOD")
  protected int otpPolicyPeriod;

  @Column(name = "EDIT_USERNAME_ALLOWED")
  protected boolean editUsernameAllowed;

  @Column(name = "REVOKE_REFRESH_TOKEN")
  private boolean revokeRefreshToken;

  @Column(name = "REFRESH_TOKEN_MAX_REUSE")
  private int refreshTokenMaxReuse;

  @Column(name = "SSO_IDLE_TIMEOUT")
  private int ssoSessionIdleTimeout;

  @Column(name = "SSO_MAX_LIFESPAN")
  private int ssoSessionMaxLifespan;

  @Column(name = "SSO_IDLE_TIMEOUT_REMEMBER_ME")
  private int ssoSessionIdleTimeoutRememberMe;

  @Column(name = "SSO_MAX_LIFESPAN_REMEMBER_ME")
  private int ssoSessionMaxLifespanRememberMe;

  @Column(name = "OFFLINE_SESSION_IDLE_TIMEOUT")
  private int offlineSessionIdleTimeout;

  @Column(name = "ACCESS_TOKEN_LIFESPAN")
  protected int accessTokenLifespan;

  @Column(name = "ACCESS_TOKEN_LIFE_IMPLICIT")
  protected int accessTokenLifespanForImplicitFlow;

  @Column(name = "ACCESS_CODE_LIFESPAN")
  protected int accessCodeLifespan;

  @Column(name = "USER_ACTION_LIFESPAN")
  protected int accessCodeLifespanUserAction;

  @Column(name = "LOGIN_LIFESPAN")
  protected int accessCodeLifespanLogin;

  @Column(name = "NOT_BEFORE")
  protected int notBefore;

  @Column(name = "LOGIN_THEME")
  protected String loginTheme;

  @Column(name = "ACCOUNT_THEME")
  protected String accountTheme;

  @Column(name = "ADMIN_THEME")
  protected String adminTheme;

  @Column(name = "EMAIL_THEME")
  protected String emailTheme;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm",
      fetch = FetchType.EAGER)
  Collection<RealmAttributeEntity> attributes;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  Collection<RequiredCredentialEntity> requiredCredentials;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REALM_SMTP_CONFIG",
      joinColumns = {@JoinColumn(name = "REALM_ID")})
  protected Map<String, String> smtpConfig;

  @ElementCollection
  @Column(name = "GROUP_ID")
  @CollectionTable(
      name = "REALM_DEFAULT_GROUPS",
      joinColumns = {@JoinColumn(name = "REALM_ID")})
  protected Set<String> defaultGroupIds;

  @Column(name = "EVENTS_ENABLED")
  protected boolean eventsEnabled;

  @Column(name = "EVENTS_EXPIRATION")
  protected long eventsExpiration;

  @ElementCollection
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REALM_EVENTS_LISTENERS",
      joinColumns = {@JoinColumn(name = "REALM_ID")})
  protected Set<String> eventsListeners;

  @ElementCollection
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REALM_ENABLED_EVENT_TYPES",
      joinColumns = {@JoinColumn(name = "REALM_ID")})
  protected Set<String> enabledEventTypes;

  @Column(name = "ADMIN_EVENTS_ENABLED")
  protected boolean adminEventsEnabled;

  @Column(name = "ADMIN_EVENTS_DETAILS_ENABLED")
  protected boolean adminEventsDetailsEnabled;

  @Column(name = "MASTER_ADMIN_CLIENT")
  protected String masterAdminClient;

  @Column(name = "DEFAULT_ROLE")
  protected String defaultRoleId;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  protected List<IdentityProviderEntity> identityProviders;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  Collection<AuthenticatorConfigEntity> authenticators;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  Collection<RequiredActionProviderEntity> requiredActionProviders;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  Collection<AuthenticationFlowEntity> authenticationFlows;

  @OneToMany(
      fetch = FetchType.LAZY,
      cascade = {CascadeType.ALL},
      orphanRemoval = true,
      mappedBy = "realm")
  Set<ComponentEntity> components;

  @Column(name = "BROWSER_FLOW")
  protected String browserFlow;

  @Column(name = "REGISTRATION_FLOW")
  protected String registrationFlow;

  @Column(name = "DIRECT_GRANT_FLOW")
  protected String directGrantFlow;

  @Column(name = "RESET_CREDENTIALS_FLOW")
  protected String resetCredentialsFlow;

  @Column(name = "CLIENT_AUTH_FLOW")
  protected String clientAuthenticationFlow;

  @Column(name = "DOCKER_AUTH_FLOW")
  protected String dockerAuthenticationFlow;

  @Column(name = "INTERNATIONALIZATION_ENABLED")
  protected boolean internationalizationEnabled;

  @ElementCollection
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REALM_SUPPORTED_LOCALES",
      joinColumns = {@JoinColumn(name = "REALM_ID")})
  protected Set<String> supportedLocales;

  @Column(name = "DEFAULT_LOCALE")
  protected String defaultLocale;

  @Column(name = "ALLOW_USER_MANAGED_ACCESS")
  private boolean allowUserManagedAccess;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "realm")
  @MapKey(name = "locale")
  Map<String, RealmLocalizationTextsEntity> realmLocalizationTexts;
}
