package io.blackbox.lists;

import static org.assertj.core.api.Assertions.assertThat;


import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may read and import lists over the API, and a member's own list stays its own. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsThePublicLists(Role role) {
        Api.Response r = api.get("/api/v1/lists", tenants.key(role));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("us-ofac-sdn", "un-sc");
        assertThat(api.get("/api/v1/lists/un-sc/versions", tenants.key(role)).status()).isEqualTo(200);
        Api.Response lookup = api.get("/api/v1/lists/search?q=Korea%20Mining%20Development&limit=5", tenants.key(role));
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.body()).containsIgnoringCase("KOREA MINING DEVELOPMENT");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOperatorAdministratorsImportPublicLists(Role role) {
        Api.Response r = api.upload("/api/v1/lists/import?format=custom-csv", tenants.key(role), "list.csv",
                "id,name\n" + role.key() + ",Uploaded Trading Co\n");
        if (role == Role.OPERATOR_ADMIN) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("PUBLISHED");
        } else {
            TestTenants.assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOperatorStaffReadAlerts(Role role) {
        Api.Response r = api.get("/api/v1/lists/alerts", tenants.key(role));
        if (role == Role.OPERATOR_ADMIN || role == Role.OPERATOR_ANALYST || role == Role.AUDITOR) {
            assertThat(r.status()).isEqualTo(200);
        } else {
            TestTenants.assertRefused(r);
        }
    }

    @Test
    void aMembersOwnListIsInvisibleToOtherMembers() {
        Api.Response r = api.upload("/api/v1/lists/own/customers", tenants.key(Role.MEMBER_ANALYST), "list.csv",
                "id,name,country\nc1,Secret Customer Ltd,AE\n");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String source = r.json().get(0).get("source").asString();
        assertThat(source).startsWith("own-");

        assertThat(api.get("/api/v1/lists/" + source + "/versions", tenants.key(Role.MEMBER_ADMIN)).status()).isEqualTo(200);
        Api.Response other = api.get("/api/v1/lists/" + source + "/versions", tenants.memberAnalystOfB());
        Api.Response missing = api.get("/api/v1/lists/own-00000000-nothing/versions", tenants.memberAnalystOfB());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("detail")).isEqualTo(missing.text("detail"));
        assertThat(api.get("/api/v1/lists/entities/" + source + ":c1", tenants.memberAnalystOfB()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lists", tenants.memberAnalystOfB()).body()).doesNotContain(source);
        assertThat(api.get("/api/v1/lists/search?q=Secret%20Customer", tenants.memberAnalystOfB()).body())
                .doesNotContain("Secret Customer");
    }

    @Test
    void badImportsNameTheProblem() {
        Api.Response unknownFormat = api.upload("/api/v1/lists/import?format=excel", IntegrationTest.ADMIN_KEY, "list.csv", "x");
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.text("field")).isEqualTo("format");
        Api.Response badName = api.upload("/api/v1/lists/own/Bad%20Name", tenants.key(Role.MEMBER_ANALYST), "list.csv", "id,name\n1,x\n");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.text("field")).isEqualTo("name");
        Api.Response shortQuery = api.get("/api/v1/lists/search?q=a", IntegrationTest.ADMIN_KEY);
        assertThat(shortQuery.status()).isEqualTo(400);
        assertThat(shortQuery.text("field")).isEqualTo("q");
    }

}
